using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord.Tests.Interactions;

/// <summary>The endpoint on the bot's real web server (Kestrel on loopback), with Discord's REST API faked.</summary>
public sealed class InteractionsEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("briefingbot-discord-").FullName;
    private readonly HttpClient http = new();
    private FakeDiscord fake = null!;
    private WebApplication app = null!;
    private Uri endpoint = null!;

    public async Task InitializeAsync()
    {
        fake = new FakeDiscord();
        (app, var port) = DiscordBotHost.Create(
            dataDir,
            fake.ApiBaseUrl,
            new() { ["Discord:InlineAnswerBudget"] = "00:00:01" },
            s => s.AddSingleton<ICommandHandler, SlowCommand>());
        await app.StartAsync();
        endpoint = new Uri($"http://127.0.0.1:{port}/discord/interactions");

        // The language models load once per process (about 0.5-0.8 s, longer while other test projects run): loaded
        // here, the one-second inline budget times the answer, not the load.
        _ = BriefingBot.Core.Language.LanguageModels.Default;
    }

    public async Task DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    public void Dispose()
    {
        http.Dispose();
        fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> PostAsync(string body, string? timestamp = null, string? signature = null, bool sign = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (sign)
        {
            timestamp ??= Now();
            request.Headers.Add("X-Signature-Timestamp", timestamp);
            request.Headers.Add("X-Signature-Ed25519", signature ?? Signer.Sign(timestamp, body));
        }

        return http.SendAsync(request);
    }

    private static string Command(string id, string name, string options, string permissions = "0") =>
        $$$"""{"id":"{{{id}}}","type":2,"token":"tok-{{{id}}}","application_id":"42","guild_id":"G1","channel_id":"C1","member":{"permissions":"{{{permissions}}}","user":{"id":"U1"}},"data":{"name":"{{{name}}}","options":{{{options}}}}}""";

    [Fact]
    public async Task Ping_Signed_GetsPong()
    {
        using var response = await PostAsync("""{"id":"p1","type":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Requests_ForgedUnsignedStaleOrReplayed_Get401()
    {
        var body = """{"id":"p2","type":1}""";
        using var unsigned = await PostAsync(body, sign: false);
        using var forged = await PostAsync(body, signature: Signer.Sign(Now(), """{"id":"other","type":1}"""));
        var old = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var stale = await PostAsync(body, timestamp: old);
        using var first = await PostAsync(body);
        using var replayed = await PostAsync(body);

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task Body_NotJsonOrHuge_GetsAClear4xx()
    {
        using var notJson = await PostAsync("type=1&hello");
        using var huge = await PostAsync("{\"type\":1,\"pad\":\"" + new string('x', 10 * 1024 * 1024) + "\"}");

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task Ask_AnsweredInlineAndPrivatelyByDefault()
    {
        using var response = await PostAsync(Command("a1", "ask", """[{"type":3,"name":"question","value":"who backs Guaido"}]"""));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(4, json["type"]!.GetValue<int>());
        Assert.Equal(64, json["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("who backs Guaido", json["data"]!["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("{\"parse\":[]}", json["data"]!["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task Briefing_NotAnAdmin_IsRefusedPrivately_AnAdminIsServed()
    {
        using var member = await PostAsync(Command("b1", "briefing", """[{"type":1,"name":"status","options":[]}]""", permissions: "2048"));
        using var admin = await PostAsync(Command("b2", "briefing", """[{"type":1,"name":"status","options":[]}]""", permissions: "32"));
        var refused = JsonNode.Parse(await member.Content.ReadAsStringAsync())!;
        var served = JsonNode.Parse(await admin.Content.ReadAsStringAsync())!;

        Assert.Equal(64, refused["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("Only server admins", refused["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Briefing status", served["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommandOrInteractionType_GetAPoliteAnswer()
    {
        using var unknown = await PostAsync(Command("u1", "frobnicate", "[]"));
        using var component = await PostAsync("""{"id":"u2","type":3,"token":"t","data":{"custom_id":"x"}}""");

        Assert.Contains("Unknown command /frobnicate", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("is not something I handle", await component.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, component.StatusCode);
    }

    [Fact]
    public async Task SlowCommand_IsDeferredThenEditedThroughTheWebhook()
    {
        using var response = await PostAsync(Command("s1", "slow", "[]"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!fake.Requests.Any(r => r.Method == "PATCH") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(5, json["type"]!.GetValue<int>());
        var edit = Assert.Single(fake.Requests, r => r.Method == "PATCH");
        Assert.Equal("webhooks/42/tok-s1/messages/@original", edit.Path);
        Assert.Equal("Finally done.", edit.Body!["embeds"]![0]!["description"]!.GetValue<string>());
    }

    private sealed class SlowCommand : ICommandHandler
    {
        public string Name => "slow";

        public string Help => "/slow — takes its time";

        public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            return Reply.Notice("Finally done.");
        }
    }
}
