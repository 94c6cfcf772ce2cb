using BriefingBot.Core.Chat;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.Tests.WebApi;

public sealed class SlackPlatformTests
{
    private static readonly DeliveryKey Key = new(12, new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    private static (SlackChatPlatform Platform, HttpClient Http) Create(FakeSlack fake, string botToken = FakeSlack.BotToken, int burst = 3)
    {
        var settings = new SlackOptions { BotToken = botToken, ApiBaseUrl = fake.ApiBaseUrl, ChannelBurst = burst };
        var http = new HttpClient();
        SlackWebApiClient.Configure(http, settings);
        var api = new SlackWebApiClient(http, new SlackPostPacer(TimeProvider.System, burst), Options.Create(settings), NullLogger<SlackWebApiClient>.Instance);
        return (new SlackChatPlatform(api, Options.Create(settings)), http);
    }

    private static Reply Briefing(int items) => new()
    {
        Kind = ReplyKind.Briefing,
        Title = "Your briefing",
        Text = "<!channel> news",
        Items = Enumerable.Range(1, items).Select(i => new ReplyItem($"Story {i}", $"https://news.example/{i}", "Summary.", ["Gazette"], null)).ToList(),
    };

    private static ChannelAddress Channel(string id) => new("slack", "T1", id);

    [Fact]
    public async Task PostAsync_WithKey_SendsBlocksMetadataNoUnfurlAndTheBearerToken()
    {
        await using var fake = new FakeSlack();
        var (platform, http) = Create(fake);
        using (http)
        {
            var posted = await platform.PostAsync(Channel("C100"), Briefing(3), Key, CancellationToken.None);

            var (method, body, authorization) = Assert.Single(fake.Calls);
            Assert.Equal("chat.postMessage", method);
            Assert.Equal("Bearer " + FakeSlack.BotToken, authorization);
            Assert.Equal("C100", body["channel"]!.GetValue<string>());
            Assert.False(body["unfurl_links"]!.GetValue<bool>());
            Assert.False(body["unfurl_media"]!.GetValue<bool>());
            Assert.Equal(SlackChatPlatform.DeliveryEventType, body["metadata"]!["event_type"]!.GetValue<string>());
            Assert.Equal(Key.Value, body["metadata"]!["event_payload"]!["key"]!.GetValue<string>());
            Assert.Equal("header", body["blocks"]![0]!["type"]!.GetValue<string>());
            Assert.Equal(fake.Messages["C100"].Single()["ts"]!.GetValue<string>(), posted.MessageId);
        }
    }

    [Fact]
    public async Task FindDeliveryAsync_FindsThePostCarryingTheKey_AndNotOthers()
    {
        await using var fake = new FakeSlack();
        var (platform, http) = Create(fake);
        using (http)
        {
            var posted = await platform.PostAsync(Channel("C100"), Briefing(1), Key, CancellationToken.None);
            await platform.PostAsync(Channel("C100"), Briefing(1), null, CancellationToken.None);

            var found = await platform.FindDeliveryAsync(Channel("C100"), Key, CancellationToken.None);
            var other = await platform.FindDeliveryAsync(Channel("C100"), Key with { SubscriptionId = 13 }, CancellationToken.None);

            Assert.Equal(posted.MessageId, found!.MessageId);
            Assert.Null(other);
            Assert.Contains(fake.Calls, c => c.Method == "conversations.history" && c.Arguments["include_all_metadata"]!.GetValue<string>() == "true");
        }
    }

    [Fact]
    public async Task FindDeliveryAsync_PublicChannelTheBotMayPostToButNotRead_SaysNotFoundSoThePostDecides()
    {
        await using var fake = new FakeSlack();
        fake.Unreadable["C200"] = true;
        var (platform, http) = Create(fake);
        using (http)
        {
            Assert.Null(await platform.FindDeliveryAsync(Channel("C200"), Key, CancellationToken.None));
        }
    }

    [Fact]
    public async Task FindDeliveryAsync_RevokedToken_IsStillAnError()
    {
        await using var fake = new FakeSlack();
        var (platform, http) = Create(fake, botToken: "xoxb-revoked");
        using (http)
        {
            var ex = await Assert.ThrowsAsync<ChatDeliveryException>(() => platform.FindDeliveryAsync(Channel("C1"), Key, CancellationToken.None));

            Assert.Equal(DeliveryFailure.Unauthorized, ex.Failure);
        }
    }

    [Theory]
    [InlineData("not_in_channel", DeliveryFailure.ChannelUnavailable)]
    [InlineData("channel_not_found", DeliveryFailure.ChannelUnavailable)]
    [InlineData("is_archived", DeliveryFailure.ChannelUnavailable)]
    [InlineData("missing_scope", DeliveryFailure.Unauthorized)]
    [InlineData("internal_error", DeliveryFailure.Transient)]
    public async Task PostAsync_SlackErrors_BecomeTypedFailures(string error, DeliveryFailure expected)
    {
        await using var fake = new FakeSlack();
        fake.FailingChannels["C666"] = error;
        var (platform, http) = Create(fake);
        using (http)
        {
            var ex = await Assert.ThrowsAsync<ChatDeliveryException>(() => platform.PostAsync(Channel("C666"), Briefing(1), Key, CancellationToken.None));

            Assert.Equal(expected, ex.Failure);
            Assert.Contains(error, ex.Message, StringComparison.Ordinal);
            Assert.Equal(error, Assert.IsType<SlackApiException>(ex.InnerException).Error);
        }
    }

    [Fact]
    public async Task PostAsync_WrongToken_IsUnauthorized_AndTheTokenIsNeverInTheMessage()
    {
        await using var fake = new FakeSlack();
        var (platform, http) = Create(fake, botToken: "xoxb-wrong-secret-token");
        using (http)
        {
            var ex = await Assert.ThrowsAsync<ChatDeliveryException>(() => platform.PostAsync(Channel("C1"), Briefing(1), null, CancellationToken.None));

            Assert.Equal(DeliveryFailure.Unauthorized, ex.Failure);
            Assert.Contains("invalid_auth", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong-secret", ex.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PostAsync_429WithRetryAfter_IsWaitedOutAndThePostLands()
    {
        await using var fake = new FakeSlack();
        fake.RateLimitOnce["C7"] = 1;
        var (platform, http) = Create(fake);
        using (http)
        {
            await platform.PostAsync(Channel("C7"), Briefing(1), null, CancellationToken.None);

            Assert.Equal(1, fake.TooManyRequests);
            Assert.Single(fake.Messages["C7"]);
            Assert.Equal(2, fake.Calls.Count(c => c.Method == "chat.postMessage"));
        }
    }

    [Fact]
    public async Task PostAsync_ManyMessagesToOneChannel_ArePacedWithoutA429()
    {
        await using var fake = new FakeSlack(burst: 2);
        var (platform, http) = Create(fake, burst: 2);
        using (http)
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => platform.PostAsync(Channel("C9"), Briefing(1), null, CancellationToken.None)));

            Assert.Equal(0, fake.TooManyRequests);
            Assert.Equal(4, fake.Messages["C9"].Count);
        }
    }

    [Fact]
    public async Task PostAsync_LongBriefing_BecomesSeveralMessagesEachCarryingTheKey()
    {
        await using var fake = new FakeSlack();
        var (platform, http) = Create(fake);
        using (http)
        {
            await platform.PostAsync(Channel("C5"), Briefing(60), Key, CancellationToken.None); // a section each, header and text: 62 blocks

            var messages = fake.Messages["C5"].ToList();
            Assert.Equal(2, messages.Count);
            Assert.All(messages, m => Assert.Equal(Key.Value, m["metadata"]!["event_payload"]!["key"]!.GetValue<string>()));
            Assert.Equal([0, 1], messages.Select(m => m["metadata"]!["event_payload"]!["part"]!.GetValue<int>()));
        }
    }
}
