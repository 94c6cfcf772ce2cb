using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Slack.Tests.SocketMode;

/// <summary>
/// The whole bot in Socket Mode against the fake Slack: a member asks who backs Guaido, an admin schedules two
/// channels' briefings, time moves to the slot, one briefing arrives as blocks, and the channel the bot is not in
/// is flagged and reported by <c>/briefing status</c>.
/// </summary>
public sealed class WholeBotOverSocketModeTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero);
    private readonly string dataDir = Directory.CreateTempSubdirectory("briefingbot-slack-whole-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    private static string AllText(JsonObject message) =>
        string.Join("\n", (message["blocks"] as JsonArray ?? []).Select(b => b!["text"]?["text"]?.GetValue<string>() ?? string.Join(" ", (b["elements"] as JsonArray ?? []).Select(e => e!["text"]!.GetValue<string>()))));

    [Fact]
    public async Task AskScheduleBriefingAndStatus_WorkOverSocketMode()
    {
        var go = new TaskCompletionSource();
        var afterSlot = new TaskCompletionSource();
        SocketSession? live = null;
        var slackReady = new TaskCompletionSource<FakeSlack>();
        await using var slack = new FakeSlack(async (_, session) =>
        {
            var fake = await slackReady.Task;
            await session.HelloAsync();
            live = session;
            var reading = session.DrainAsync(TimeSpan.FromSeconds(120));
            await go.Task;
            await session.CommandAsync("ask-1", "/ask", "--public who backs Guaido", user: "U-member", responseUrl: fake.ResponseUrl("ask-1"));
            await session.CommandAsync("sched-1", "/briefing", "schedule set daily 08:00 UTC", user: "U-admin", responseUrl: fake.ResponseUrl("sched-1"));
            await session.CommandAsync("sched-2", "/briefing", "schedule set daily 08:00 UTC", user: "U-admin", responseUrl: fake.ResponseUrl("sched-2"), channel: "C-locked");
            await afterSlot.Task;
            await session.CommandAsync("status-2", "/briefing", "status", user: "U-admin", responseUrl: fake.ResponseUrl("status-2"), channel: "C-locked");
            await reading;
        });
        slackReady.SetResult(slack);
        slack.Admins["U-admin"] = true;
        slack.Admins["U-member"] = false;
        slack.FailingChannels["C-locked"] = "not_in_channel";
        var time = new FakeTimeProvider(Start);
        var (app, port) = SlackBotHost.Create(
            dataDir,
            slack,
            new() { ["Slack:Mode"] = "SocketMode", ["Ingestion:Sources:0"] = Path.Combine(AppContext.BaseDirectory, "config", "samples") },
            s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
        await using var running = app;
        await app.StartAsync();
        try
        {
            using var http = new HttpClient();
            await Eventually.WaitAsync(() => http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/healthz")).GetAwaiter().GetResult().Contains("\"articles\":11", StringComparison.Ordinal), "the samples to be ingested", TestLog.Recent);
            go.SetResult();
            await Eventually.WaitAsync(() => slack.Responses.Any(r => r.Id == "ask-1"), "the answer to /ask", TestLog.Recent);
            await Eventually.WaitAsync(() => slack.Responses.Any(r => r.Id == "sched-1") && slack.Responses.Any(r => r.Id == "sched-2"), "the answers to /briefing schedule set", TestLog.Recent);
            time.Advance(TimeSpan.FromHours(1)); // 08:00
            await Eventually.WaitAsync(() => slack.Messages.ContainsKey("C1"), "the briefing", TestLog.Recent);
            await Eventually.WaitAsync(() => slack.Calls.Any(c => c.Method == "chat.postMessage" && c.Arguments["channel"]?.GetValue<string>() == "C-locked"), "the refused post", TestLog.Recent);
            await Task.Delay(500); // the refusal is recorded after Slack's answer
            afterSlot.SetResult();
            await Eventually.WaitAsync(() => slack.Responses.Any(r => r.Id == "status-2"), "the answer to /briefing status", TestLog.Recent);
        }
        finally
        {
            await app.StopAsync();
        }

        var acks = live!.Received.ToList();
        var askAck = acks.First(a => a["envelope_id"]!.GetValue<string>() == "ask-1");
        Assert.Equal(BriefingBot.Slack.Commands.SlackCommandResponder.WorkingOnIt, askAck["payload"]!["text"]!.GetValue<string>());

        var answer = slack.Responses.First(r => r.Id == "ask-1").Body;
        Assert.Equal("in_channel", answer["response_type"]!.GetValue<string>());
        Assert.Contains("the United States", AllText(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("Russia", AllText(answer).Split("*Sources*")[0], StringComparison.Ordinal);

        Assert.Contains("Briefings here: daily 08:00 (UTC).", AllText(slack.Responses.First(r => r.Id == "sched-1").Body), StringComparison.Ordinal);

        var briefing = slack.Messages["C1"].First();
        Assert.Equal("Your briefing", briefing["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.True(briefing["blocks"]!.AsArray().Count > 2);
        Assert.Equal(SlackChatPlatform.DeliveryEventType, briefing["metadata"]!["event_type"]!.GetValue<string>());
        Assert.False(briefing["unfurl_links"]!.GetValue<bool>());

        var status = AllText(slack.Responses.First(r => r.Id == "status-2").Body);
        Assert.Contains("not_in_channel", status, StringComparison.Ordinal);
        // Only admin verbs ask Slack who the user is; the answer is cached for minutes, so the two schedule
        // commands share one lookup and the status an hour later asks again.
        Assert.Equal(["U-admin", "U-admin"], slack.Calls.Where(c => c.Method == "users.info").Select(c => c.Arguments["user"]!.GetValue<string>()));
    }
}
