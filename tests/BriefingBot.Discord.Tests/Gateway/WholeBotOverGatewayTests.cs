using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>
/// The whole bot in Gateway mode against the fake Gateway and REST API: a member asks who backs Guaido, an
/// admin schedules the channel's briefing, time moves to the slot, and the briefing arrives as embeds.
/// </summary>
public sealed class WholeBotOverGatewayTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 7, 0, 0, TimeSpan.Zero);
    private readonly string dataDir = Directory.CreateTempSubdirectory("briefingbot-gateway-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    private static string Interaction(string id, string name, string options, string permissions) =>
        "{\"op\":0,\"s\":" + (id.Length + 2) + ",\"t\":\"INTERACTION_CREATE\",\"d\":{\"id\":\"" + id + "\",\"type\":2,\"token\":\"tok-" + id +
        "\",\"application_id\":\"42\",\"guild_id\":\"G1\",\"channel_id\":\"C1\",\"member\":{\"permissions\":\"" + permissions +
        "\",\"user\":{\"id\":\"U1\"}},\"data\":{\"name\":\"" + name + "\",\"options\":" + options + "}}}";

    [Fact]
    public async Task AskAndScheduledBriefing_ArriveOverDiscord()
    {
        var go = new TaskCompletionSource();
        await using var gateway = new FakeGateway(async (n, session) =>
        {
            await session.HelloAsync(heartbeatMilliseconds: 500);
            await session.ReceiveAsync();
            await session.SendAsync("""{"op":0,"s":1,"t":"READY","d":{"session_id":"S-1","resume_gateway_url":null}}""");
            var reading = session.DrainAsync(TimeSpan.FromSeconds(90)); // keeps answering heartbeats meanwhile
            await go.Task;
            await session.SendAsync(Interaction("a1", "ask", """[{"type":3,"name":"question","value":"who backs Guaido"},{"type":5,"name":"public","value":true}]""", "0"));
            await session.SendAsync(Interaction("b1", "briefing", """[{"type":2,"name":"schedule","options":[{"type":1,"name":"set","options":[{"type":3,"name":"when","value":"daily 08:00"},{"type":3,"name":"zone","value":"UTC"}]}]}]""", "8"));
            await reading;
        });
        var time = new FakeTimeProvider(Start);
        var (app, port) = DiscordBotHost.Create(
            dataDir,
            gateway.ApiBaseUrl,
            new() { ["Discord:Mode"] = "Gateway", ["Ingestion:Sources:0"] = Path.Combine(AppContext.BaseDirectory, "config", "samples") },
            s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
        await using var running = app;
        await app.StartAsync();
        try
        {
            using var http = new HttpClient();
            await Eventually.WaitAsync(() => http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/healthz")).GetAwaiter().GetResult().Contains("\"articles\":11", StringComparison.Ordinal), "the samples to be ingested");
            go.SetResult();
            await Eventually.WaitAsync(() => gateway.Rest.Any(r => r.Path == "webhooks/42/tok-a1/messages/@original"), "the answer to /ask");
            await Eventually.WaitAsync(() => gateway.Rest.Any(r => r.Path == "webhooks/42/tok-b1/messages/@original"), "the answer to /briefing schedule set");
            time.Advance(TimeSpan.FromHours(1)); // 08:00
            await Eventually.WaitAsync(() => gateway.Rest.Any(r => r.Method == "POST" && r.Path == "channels/C1/messages"), "the briefing");
        }
        finally
        {
            await app.StopAsync();
        }

        var answer = gateway.Rest.First(r => r.Path == "webhooks/42/tok-a1/messages/@original").Body!;
        var scheduled = gateway.Rest.First(r => r.Path == "webhooks/42/tok-b1/messages/@original").Body!;
        var briefing = gateway.Rest.First(r => r.Method == "POST" && r.Path == "channels/C1/messages").Body!;
        Assert.Contains(gateway.Callbacks, c => c.Id == "a1" && c.Body["type"]!.GetValue<int>() == 5 && c.Body["data"]!["flags"]!.GetValue<int>() == 0);
        Assert.Contains("the United States", answer["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Briefings here: daily 08:00 (UTC).", scheduled["embeds"]![0]!["description"]!.GetValue<string>());
        Assert.Equal("Your briefing", briefing["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.True(briefing["embeds"]!.AsArray().Count > 1);
        Assert.True(briefing["enforce_nonce"]!.GetValue<bool>());
        Assert.Equal("{\"parse\":[]}", briefing["allowed_mentions"]!.ToJsonString());
    }
}
