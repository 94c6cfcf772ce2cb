using System.Text.Json.Nodes;
using BriefingBot.Slack.Commands;
using BriefingBot.Slack.SocketMode;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Slack.Tests.SocketMode;

/// <summary>The Socket Mode client against a scripted fake: acknowledgements, duplicates, refreshes, drops and refusals.</summary>
public sealed class SlackSocketModeClientTests : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("briefingbot-socket-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    private async Task<(WebApplication App, SlackSocketModeClient Client)> StartAsync(FakeSlack slack, string appToken = FakeSlack.AppToken)
    {
        var (app, _) = SlackBotHost.Create(dataDir, slack, new() { ["Slack:Mode"] = "SocketMode", ["Slack:AppToken"] = appToken });
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<SlackSocketModeClient>());
    }

    private static async Task<List<JsonObject>> AcksAsync(SocketSession session, int count)
    {
        var acks = new List<JsonObject>();
        while (acks.Count < count && await session.ReceiveAsync(TimeSpan.FromSeconds(30)) is { } frame)
        {
            acks.Add(frame);
        }

        return acks;
    }

    [Fact]
    public async Task Envelopes_AreAllAcknowledged_CommandsWithTheirAnswer_DuplicatesHandledOnce()
    {
        var acks = new TaskCompletionSource<List<JsonObject>>();
        await using var slack = new FakeSlack(async (_, session) =>
        {
            await session.HelloAsync();
            await session.CommandAsync("e1", "/frobnicate", string.Empty);
            await session.CommandAsync("e1", "/frobnicate", string.Empty);
            await session.SendAsync("""{"envelope_id":"e2","type":"events_api","payload":{"event":{"type":"app_mention"}}}""");
            await session.SendAsync("""{"envelope_id":"e3","type":"mystery","payload":{}}""");
            await session.SendAsync("""not json at all""");
            acks.SetResult(await AcksAsync(session, 4));
            await session.DrainAsync(TimeSpan.FromSeconds(30));
        });
        var (app, client) = await StartAsync(slack);
        await using (app)
        {
            var received = await acks.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await app.StopAsync();

            Assert.Equal(["e1", "e1", "e2", "e3"], received.Select(a => a["envelope_id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
            var answered = Assert.Single(received, a => a["payload"] is not null);
            Assert.Equal("ephemeral", answered["payload"]!["response_type"]!.GetValue<string>());
            Assert.Contains("Unknown command /frobnicate", answered["payload"]!.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal(1, client.Duplicates);
            Assert.Equal(1, client.Connections);
            Assert.Contains(slack.Calls, c => c.Method == "apps.connections.open" && c.Authorization == "Bearer " + FakeSlack.AppToken);
        }
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    public async Task Disconnect_OpensTheNewConnectionBeforeClosingTheOld(string reason)
    {
        var oldClosedByClient = new TaskCompletionSource<bool>();
        var ackOnNew = new TaskCompletionSource<JsonObject>();
        await using var slack = new FakeSlack(async (n, session) =>
        {
            await session.HelloAsync();
            if (n == 1)
            {
                await session.SendAsync("{\"type\":\"disconnect\",\"reason\":\"" + reason + "\",\"debug_info\":{\"host\":\"fake\"}}");
                oldClosedByClient.SetResult(await session.DrainAsync(TimeSpan.FromSeconds(30)));
                return;
            }

            await session.CommandAsync("after-refresh", "/frobnicate", string.Empty);
            ackOnNew.SetResult((await session.ReceiveAsync(TimeSpan.FromSeconds(30)))!);
            await session.DrainAsync(TimeSpan.FromSeconds(30));
        });
        var (app, client) = await StartAsync(slack);
        await using (app)
        {
            Assert.True(await oldClosedByClient.Task.WaitAsync(TimeSpan.FromSeconds(60)));
            var ack = await ackOnNew.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await app.StopAsync();

            Assert.Equal("after-refresh", ack["envelope_id"]!.GetValue<string>());
            Assert.Equal(2, slack.MaxOpenConnections); // the new socket was up while the old one still was
            Assert.Equal(2, client.Connections);
        }
    }

    [Fact]
    public async Task DroppedSocket_IsReconnected()
    {
        var ackOnNew = new TaskCompletionSource<JsonObject>();
        await using var slack = new FakeSlack(async (n, session) =>
        {
            await session.HelloAsync();
            if (n == 1)
            {
                await session.CommandAsync("before-drop", "/frobnicate", string.Empty);
                await session.ReceiveAsync(TimeSpan.FromSeconds(30)); // the client is surely connected
                session.Socket.Abort(); // no close frame: a network drop
                return;
            }

            await session.CommandAsync("after-drop", "/frobnicate", string.Empty);
            ackOnNew.SetResult((await session.ReceiveAsync(TimeSpan.FromSeconds(30)))!);
            await session.DrainAsync(TimeSpan.FromSeconds(30));
        });
        var (app, client) = await StartAsync(slack);
        await using (app)
        {
            var ack = await ackOnNew.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await app.StopAsync();

            Assert.Equal("after-drop", ack["envelope_id"]!.GetValue<string>());
            Assert.Equal(2, client.Connections);
        }
    }

    [Fact]
    public async Task DuplicateOnANewConnection_IsAcknowledgedButNotHandledAgain()
    {
        var acks = new TaskCompletionSource<JsonObject>();
        await using var slack = new FakeSlack(async (n, session) =>
        {
            await session.HelloAsync();
            await session.CommandAsync("same", "/frobnicate", string.Empty);
            if (n == 1)
            {
                await session.ReceiveAsync(TimeSpan.FromSeconds(30));
                session.Socket.Abort();
                return;
            }

            acks.SetResult((await session.ReceiveAsync(TimeSpan.FromSeconds(30)))!);
            await session.DrainAsync(TimeSpan.FromSeconds(30));
        });
        var (app, client) = await StartAsync(slack);
        await using (app)
        {
            var second = await acks.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await app.StopAsync();

            Assert.Equal("same", second["envelope_id"]!.GetValue<string>());
            Assert.Null(second["payload"]);
            Assert.Equal(1, client.Duplicates);
        }
    }

    [Fact]
    public async Task LinkDisabled_StopsForGood()
    {
        await using var slack = new FakeSlack(async (_, session) =>
        {
            await session.HelloAsync();
            await session.SendAsync("""{"type":"disconnect","reason":"link_disabled"}""");
            await session.DrainAsync(TimeSpan.FromSeconds(30));
        });
        var (app, client) = await StartAsync(slack);
        await using (app)
        {
            await Eventually.WaitAsync(() => client.StoppedBecause is not null, "the client to stop", TestLog.Recent);
            await Task.Delay(500);
            await app.StopAsync();

            Assert.Contains("link_disabled", client.StoppedBecause, StringComparison.Ordinal);
            Assert.Equal(1, slack.Connections);
        }
    }

    [Fact]
    public async Task ConnectionsOpenFailing_BacksOffAndThenConnects()
    {
        var greeted = new TaskCompletionSource();
        await using var slack = new FakeSlack(async (_, session) =>
        {
            await session.HelloAsync();
            greeted.TrySetResult();
            await session.DrainAsync(TimeSpan.FromSeconds(30));
        }) { OpenFailures = 2 };
        var (app, client) = await StartAsync(slack);
        await using (app)
        {
            await greeted.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await Eventually.WaitAsync(() => client.Connections == 1, "the connection", TestLog.Recent);
            await app.StopAsync();

            Assert.Equal(3, slack.Calls.Count(c => c.Method == "apps.connections.open"));
        }
    }

    [Fact]
    public async Task RefusedAppToken_StopsWithAReasonThatNamesTheSettingButNotTheToken()
    {
        await using var slack = new FakeSlack((_, _) => Task.CompletedTask);
        var (app, client) = await StartAsync(slack, appToken: "xapp-revoked-secret");
        await using (app)
        {
            await Eventually.WaitAsync(() => client.StoppedBecause is not null, "the client to stop", TestLog.Recent);
            await app.StopAsync();

            Assert.Contains("Slack:AppToken", client.StoppedBecause, StringComparison.Ordinal);
            Assert.DoesNotContain("revoked-secret", client.StoppedBecause, StringComparison.Ordinal);
            Assert.Equal(0, slack.Connections);
        }
    }
}
