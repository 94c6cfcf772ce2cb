using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Slack.Commands;
using BriefingBot.Slack.Signing;

namespace BriefingBot.Slack.Tests.Commands;

public sealed class SlackCommandsEndpointTests(SlackHttpBotFixture bot) : IClassFixture<SlackHttpBotFixture>
{
    private async Task<(HttpStatusCode Status, JsonObject? Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await bot.Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject);
        }
    }

    private Task<(HttpStatusCode Status, JsonObject? Body)> CommandAsync(string command, string text, string user = "U1", string? responseUrl = null, string channel = "C1") =>
        SendAsync(SlackBotHost.SignedCommand(bot.Endpoint, SlackBotHost.Form(command, text, user, responseUrl, channel)));

    private static string AllText(JsonObject message) =>
        string.Join("\n", (message["blocks"] as JsonArray ?? []).Select(b => b!["text"]?["text"]?.GetValue<string>() ?? string.Join(" ", (b["elements"] as JsonArray ?? []).Select(e => e!["text"]!.GetValue<string>()))));

    [Fact]
    public async Task Help_SignedRequest_IsAcknowledgedAtOnce_AndReplacedByTheAnswer()
    {
        var (status, body) = await CommandAsync("/help", string.Empty, responseUrl: bot.Slack.ResponseUrl("help-1"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(SlackCommandResponder.WorkingOnIt, body!["text"]!.GetValue<string>());
        var answer = await LateAnswerAsync("help-1");
        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>()); // help is for the one who asked
        Assert.True(answer["replace_original"]!.GetValue<bool>());
        Assert.Contains("/ask", AllText(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowCommand_IsAcknowledgedAtOnce_AndAnsweredThroughResponseUrl()
    {
        var (status, body) = await CommandAsync("/slow", string.Empty, responseUrl: bot.Slack.ResponseUrl("slow-1"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ephemeral", body!["response_type"]!.GetValue<string>());
        Assert.Equal("Working on it…", body["text"]!.GetValue<string>());
        await Eventually.WaitAsync(() => bot.Slack.Responses.Any(r => r.Id == "slow-1"), "the late answer", TestLog.Recent);
        var late = bot.Slack.Responses.First(r => r.Id == "slow-1").Body;
        Assert.Equal("in_channel", late["response_type"]!.GetValue<string>());
        Assert.Contains("done &lt;!channel&gt;", AllText(late), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_IsPrivateByDefault_AndPublicWithTheFlag()
    {
        var (_, ack) = await CommandAsync("/ask", "who backs Guaido", responseUrl: bot.Slack.ResponseUrl("ask-private"));
        var (_, publicAck) = await CommandAsync("/ask", "--public who backs Guaido", responseUrl: bot.Slack.ResponseUrl("ask-public"));

        Assert.Equal("ephemeral", ack!["response_type"]!.GetValue<string>());
        await Eventually.WaitAsync(() => bot.Slack.Responses.Any(r => r.Id == "ask-private") && bot.Slack.Responses.Any(r => r.Id == "ask-public"), "both answers", TestLog.Recent);
        var privateAnswer = bot.Slack.Responses.First(r => r.Id == "ask-private").Body;
        var publicAnswer = bot.Slack.Responses.First(r => r.Id == "ask-public").Body;
        Assert.Equal("ephemeral", privateAnswer["response_type"]!.GetValue<string>());
        Assert.True(privateAnswer["replace_original"]!.GetValue<bool>());
        Assert.Equal("in_channel", publicAnswer["response_type"]!.GetValue<string>());
        Assert.Equal("ephemeral", publicAck!["response_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ForgedSignature_Is401()
    {
        var body = SlackBotHost.Form("/help", string.Empty);
        var request = SlackBotHost.SignedCommand(bot.Endpoint, body);
        request.Headers.Remove(SlackRequestVerifier.SignatureHeader);
        request.Headers.Add(SlackRequestVerifier.SignatureHeader, SlackRequestVerifier.Sign("not-the-secret", request.Headers.GetValues(SlackRequestVerifier.TimestampHeader).Single(), Encoding.UTF8.GetBytes(body)));

        var (status, answer) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid request signature", answer!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task TamperedBody_Is401()
    {
        var request = SlackBotHost.SignedCommand(bot.Endpoint, SlackBotHost.Form("/help", string.Empty));
        request.Content = new StringContent(SlackBotHost.Form("/briefing", "pause"), Encoding.UTF8, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(request)).Status);
    }

    [Fact]
    public async Task ReplayedRequest_Is401TheSecondTime()
    {
        var body = SlackBotHost.Form("/help", string.Empty, user: "U-replay");
        var at = DateTimeOffset.UtcNow;

        var first = await SendAsync(SlackBotHost.SignedCommand(bot.Endpoint, body, at));
        var again = await SendAsync(SlackBotHost.SignedCommand(bot.Endpoint, body, at));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, again.Status);
        Assert.Equal("replayed request", again.Body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task OldTimestamp_Is401()
    {
        var (status, _) = await SendAsync(SlackBotHost.SignedCommand(bot.Endpoint, SlackBotHost.Form("/help", string.Empty), DateTimeOffset.UtcNow.AddMinutes(-6)));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task MissingSignatureHeaders_Is401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.Endpoint) { Content = new StringContent(SlackBotHost.Form("/help", string.Empty), Encoding.UTF8, "application/x-www-form-urlencoded") };

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(request)).Status);
    }

    [Fact]
    public async Task JsonBody_Is415()
    {
        var request = SlackBotHost.SignedCommand(bot.Endpoint, "{\"command\":\"/help\"}");
        request.Content!.Headers.ContentType = new("application/json");

        var (status, body) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("x-www-form-urlencoded", body!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        var (status, _) = await SendAsync(SlackBotHost.SignedCommand(bot.Endpoint, SlackBotHost.Form("/ask", new string('x', 70_000))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task SignedFormWithoutACommand_Is400()
    {
        var (status, body) = await SendAsync(SlackBotHost.SignedCommand(bot.Endpoint, "hello=world"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("not a slash command", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task SslCheck_IsAnEmpty200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.Endpoint) { Content = new StringContent("ssl_check=1&token=legacy", Encoding.UTF8, "application/x-www-form-urlencoded") };

        var (status, body) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body);
    }

    [Theory]
    [InlineData("/frobnicate", "", "Unknown command /frobnicate")]
    [InlineData("/ask", "", "Ask me something")]
    [InlineData("/ask", "   ", "Ask me something")]
    public async Task BadCommands_GetAPolitePrivateReply(string command, string text, string expected)
    {
        var id = "bad-" + Guid.NewGuid().ToString("N");
        var (status, body) = await CommandAsync(command, text, responseUrl: bot.Slack.ResponseUrl(id));

        Assert.Equal(HttpStatusCode.OK, status);
        var reply = body!["text"]!.GetValue<string>() == SlackCommandResponder.WorkingOnIt ? await LateAnswerAsync(id) : body;
        Assert.Equal("ephemeral", reply["response_type"]!.GetValue<string>());
        Assert.Contains(expected, AllText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenThousandCharacters_AreRefusedPolitelyInTheAcknowledgement()
    {
        var (status, body) = await CommandAsync("/ask", new string('w', 10_000));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ephemeral", body!["response_type"]!.GetValue<string>());
        Assert.Contains("That is too long", AllText(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminVerb_NonAdmin_IsRefusedPrivately_AndTheLookupIsCached()
    {
        bot.Slack.Admins["U-member"] = false;

        await CommandAsync("/briefing", "pause", user: "U-member", responseUrl: bot.Slack.ResponseUrl("member-1"), channel: "C-member");
        await CommandAsync("/briefing", "pause", user: "U-member", responseUrl: bot.Slack.ResponseUrl("member-2"), channel: "C-member");
        await Eventually.WaitAsync(() => bot.Slack.Responses.Count(r => r.Id.StartsWith("member-", StringComparison.Ordinal)) == 2, "both refusals", TestLog.Recent);

        var refusal = bot.Slack.Responses.First(r => r.Id == "member-1").Body;
        Assert.Equal("ephemeral", refusal["response_type"]!.GetValue<string>());
        Assert.Contains("Only server admins", AllText(refusal), StringComparison.Ordinal);
        Assert.Equal(1, bot.Slack.Calls.Count(c => c.Method == "users.info" && c.Arguments["user"]!.GetValue<string>() == "U-member"));
    }

    [Theory]
    [InlineData("U-admin", true)]
    [InlineData("UCONFIGURED", false)]
    public async Task AdminVerb_WorkspaceAdminOrConfiguredAdmin_IsObeyed(string user, bool inSlack)
    {
        if (inSlack)
        {
            bot.Slack.Admins[user] = true;
        }

        var id = "admin-" + user;
        await CommandAsync("/briefing", "schedule set daily 07:30 UTC", user: user, responseUrl: bot.Slack.ResponseUrl(id), channel: "C-" + user);
        await Eventually.WaitAsync(() => bot.Slack.Responses.Any(r => r.Id == id), "the admin's answer", TestLog.Recent);

        Assert.Contains("Briefings here: daily 07:30 (UTC).", AllText(bot.Slack.Responses.First(r => r.Id == id).Body), StringComparison.Ordinal);
    }

    private async Task<JsonObject> LateAnswerAsync(string id)
    {
        await Eventually.WaitAsync(() => bot.Slack.Responses.Any(r => r.Id == id), "a late answer", TestLog.Recent);
        return bot.Slack.Responses.First(r => r.Id == id).Body;
    }
}
