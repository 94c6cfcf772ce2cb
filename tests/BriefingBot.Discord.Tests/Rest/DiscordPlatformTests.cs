using System.Diagnostics;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Tests.Rest;

public sealed class DiscordPlatformTests
{
    private static readonly DeliveryKey Key = new(12, new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    private static (DiscordChatPlatform Platform, DiscordRestClient Client, HttpClient Http) Create(FakeDiscord fake, int invalidBudget = 1000)
    {
        var settings = new DiscordOptions { BotToken = "test-token-123", ApplicationId = "42", ApiBaseUrl = fake.ApiBaseUrl, InvalidRequestBudget = invalidBudget };
        var http = new HttpClient();
        DiscordRestClient.Configure(http, settings);
        var rest = new DiscordRestClient(http, new DiscordRateLimits(TimeProvider.System), Options.Create(settings), NullLogger<DiscordRestClient>.Instance);
        return (new DiscordChatPlatform(rest, Options.Create(settings)), rest, http);
    }

    private static Reply Briefing(int items) => new()
    {
        Kind = ReplyKind.Briefing,
        Title = "Your briefing",
        Text = "@everyone news",
        Items = Enumerable.Range(1, items).Select(i => new ReplyItem($"Story {i}", $"https://news.example/{i}", "Summary.", ["Gazette"], null)).ToList(),
    };

    private static ChannelAddress Channel(string id) => new("discord", "G1", id);

    [Fact]
    public async Task PostAsync_WithKey_SendsNonceEnforceNonceNoMentionsAndTheBotHeaders()
    {
        await using var fake = new FakeDiscord();
        var (platform, _, http) = Create(fake);
        using (http)
        {
            var posted = await platform.PostAsync(Channel("100"), Briefing(3), Key, CancellationToken.None);

            var (_, path, body, authorization, userAgent) = Assert.Single(fake.Requests);
            Assert.Equal("channels/100/messages", path);
            Assert.Equal(Key.Value, body!["nonce"]!.GetValue<string>());
            Assert.True(body["enforce_nonce"]!.GetValue<bool>());
            Assert.Equal("{\"parse\":[]}", body["allowed_mentions"]!.ToJsonString());
            Assert.Equal("Bot test-token-123", authorization);
            Assert.StartsWith("DiscordBot (", userAgent, StringComparison.Ordinal);
            Assert.Equal(fake.Messages["100"].Single()["id"]!.GetValue<string>(), posted.MessageId);
        }
    }

    [Fact]
    public async Task FindDeliveryAsync_FindsThePostCarryingTheKey_AndNotOthers()
    {
        await using var fake = new FakeDiscord();
        var (platform, _, http) = Create(fake);
        using (http)
        {
            await platform.PostAsync(Channel("100"), Briefing(1), Key, CancellationToken.None);
            await platform.PostAsync(Channel("100"), Briefing(1), null, CancellationToken.None);

            var found = await platform.FindDeliveryAsync(Channel("100"), Key, CancellationToken.None);
            var other = await platform.FindDeliveryAsync(Channel("100"), Key with { SubscriptionId = 13 }, CancellationToken.None);

            Assert.NotNull(found);
            Assert.Null(other);
        }
    }

    [Theory]
    [InlineData(403, "Missing Access")]
    [InlineData(404, "Unknown Channel")]
    public async Task PostAsync_ChannelTheBotCannotUse_IsAPermanentFailure(int status, string message)
    {
        await using var fake = new FakeDiscord();
        fake.FailingChannels["666"] = status;
        var (platform, _, http) = Create(fake);
        using (http)
        {
            var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => platform.PostAsync(Channel("666"), Briefing(1), Key, CancellationToken.None));

            Assert.Equal(DeliveryFailure.ChannelUnavailable, error.Failure);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("test-token-123", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PostAsync_RateLimited_WaitsRetryAfterAndPostsOnce()
    {
        await using var fake = new FakeDiscord();
        fake.RateLimitOnce["100"] = 0.2;
        var (platform, _, http) = Create(fake);
        using (http)
        {
            var clock = Stopwatch.StartNew();
            await platform.PostAsync(Channel("100"), Briefing(1), Key, CancellationToken.None);

            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(190));
            Assert.Single(fake.Messages["100"]);
            Assert.Equal(1, fake.TooManyRequests);
        }
    }

    [Fact]
    public async Task PostAsync_ManyToOneChannel_FollowsTheAnnouncedLimitWithoutA429()
    {
        await using var fake = new FakeDiscord(messagesPerWindow: 3, windowSeconds: 0.5);
        var (platform, _, http) = Create(fake);
        using (http)
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => platform.PostAsync(Channel("100"), Briefing(1), null, CancellationToken.None)));

            Assert.Equal(8, fake.Messages["100"].Count);
            Assert.Equal(0, fake.TooManyRequests);
        }
    }

    [Fact]
    public async Task PostAsync_LongBriefing_BecomesSeveralMessagesEachWithItsOwnNonce()
    {
        await using var fake = new FakeDiscord();
        var (platform, _, http) = Create(fake);
        using (http)
        {
            await platform.PostAsync(Channel("100"), Briefing(25), Key, CancellationToken.None);

            var nonces = fake.Requests.Select(r => r.Body!["nonce"]!.GetValue<string>()).ToList();
            Assert.Equal([Key.Value, Key.Value + ".1", Key.Value + ".2"], nonces);
            Assert.All(nonces, n => Assert.True(n.Length <= 25));
        }
    }

    [Fact]
    public async Task SendAsync_RefusalsPileUp_StopsBeforeTheBanThreshold()
    {
        await using var fake = new FakeDiscord();
        fake.FailingChannels["666"] = 403;
        var (platform, _, http) = Create(fake, invalidBudget: 3);
        using (http)
        {
            for (var i = 0; i < 5; i++)
            {
                await Assert.ThrowsAsync<ChatDeliveryException>(() => platform.PostAsync(Channel("666"), Briefing(1), null, CancellationToken.None));
            }

            Assert.Equal(3, fake.Requests.Count);
        }
    }
}
