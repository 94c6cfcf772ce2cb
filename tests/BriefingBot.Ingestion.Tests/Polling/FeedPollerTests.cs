using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Ingestion.Pipeline;
using BriefingBot.Ingestion.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BriefingBot.Ingestion.Tests.Polling;

public sealed class FeedPollerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
    private static readonly ServerAddress Server = new("discord", "G1");

    private readonly Dictionary<string, ArticleSource> saved = [];
    private readonly Mock<ISourceStateStore> state = new();
    private readonly Mock<ISubscriptionStore> store = new();
    private readonly Mock<IChatPlatform> platform = new();
    private readonly FakeTimeProvider time = new(Now);

    public FeedPollerTests()
    {
        state.Setup(s => s.GetSourceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string location, CancellationToken _) => saved.GetValueOrDefault(location));
        state.Setup(s => s.SaveSourceAsync(It.IsAny<ArticleSource>(), It.IsAny<CancellationToken>()))
            .Callback((ArticleSource source, CancellationToken _) => saved[source.Location] = source)
            .Returns(Task.CompletedTask);
        platform.SetupGet(p => p.Name).Returns("discord");
        platform.Setup(p => p.PostAsync(It.IsAny<ChannelAddress>(), It.IsAny<Reply>(), null, It.IsAny<CancellationToken>())).ReturnsAsync(new PostedMessage("m1"));
        store.Setup(s => s.ListSubscriptionsAsync(Server, It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new Subscription { Id = 1, Channel = new ChannelAddress("discord", "G1", "news") },
            new Subscription { Id = 2, Channel = new ChannelAddress("discord", "G1", "desk") },
        ]);
    }

    private FeedPoller Poller(ServiceProvider services, FeedRegistration feed)
    {
        store.Setup(s => s.GetFeedAsync(feed.Id, It.IsAny<CancellationToken>())).ReturnsAsync(() => feed);
        store.Setup(s => s.SaveFeedAsync(It.IsAny<FeedRegistration>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((FeedRegistration f, CancellationToken _) => feed = f);
        store.Setup(s => s.TryClaimFeedPollAsync(feed.Id, It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        store.Setup(s => s.CompleteFeedPollAsync(feed.Id, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback((long _, DateTimeOffset next, CancellationToken _) => feed = feed with { NextPollAt = next })
            .ReturnsAsync(() => feed.Enabled);
        store.Setup(s => s.DisableFeedAsync(feed.Id, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((long _, string reason, CancellationToken _) => feed = feed with { Enabled = false, DisabledReason = reason, NextPollAt = null })
            .ReturnsAsync(true);
        return new FeedPoller(
            store.Object,
            state.Object,
            services.GetRequiredService<IngestionService>(),
            new ChatPlatforms([platform.Object]),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestionOptions>>(),
            time,
            NullLogger<FeedPoller>.Instance);
    }

    private static FeedRegistration Feed(Uri url) => new() { Id = 5, Server = Server, Url = url.AbsoluteUri, Name = "Gazette", AddedBy = "U1", AddedAt = Now };

    private static Func<System.Net.HttpListenerContext, Task> Rss(string extra = "", string? cacheControl = null) => async c =>
    {
        if (cacheControl is not null)
        {
            c.Response.Headers["Cache-Control"] = cacheControl;
        }

        c.Response.ContentType = "application/rss+xml";
        await c.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(
            $"<rss version=\"2.0\"><channel><title>Gazette</title>{extra}<item><title>Fares</title><description>Ferry fares rise by 4% in spring.</description></item></channel></rss>"));
    };

    [Theory]
    [InlineData("<ttl>60</ttl>", null, 60)]
    [InlineData("", "max-age=1800", 30)]
    [InlineData("", "max-age=30", 5)]
    [InlineData("", null, 15)]
    public async Task PollAsync_Success_NextPollFollowsTheFeedsHintWithinBounds(string ttl, string? cacheControl, int minutes)
    {
        await using var server = new LoopbackServer(Rss(ttl, cacheControl));
        using var services = TestServices.Create(state: state.Object);

        var next = await Poller(services, Feed(server.Url("/rss"))).PollAsync(5, CancellationToken.None);

        Assert.Equal(Now.AddMinutes(minutes), next);
        store.Verify(s => s.CompleteFeedPollAsync(5, Now.AddMinutes(minutes), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task PollAsync_Failing_BacksOffExponentially()
    {
        await using var server = new LoopbackServer(c => { c.Response.StatusCode = 500; return Task.CompletedTask; });
        using var services = TestServices.Create(state: state.Object);
        var poller = Poller(services, Feed(server.Url("/rss")));

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            waits.Add((await poller.PollAsync(5, CancellationToken.None))!.Value - Now);
        }

        Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60)], waits);
    }

    [Fact]
    public async Task PollAsync_GarbageForever_DisablesTheFeedAuditsAndTellsTheServersChannels()
    {
        await using var server = new LoopbackServer(async c => await c.Response.OutputStream.WriteAsync("<rss><channel><item>garbage"u8.ToArray()));
        using var services = TestServices.Create(new() { ["Ingestion:Polling:DisableAfterFailures"] = "2" }, state: state.Object);
        var poller = Poller(services, Feed(server.Url("/rss")));

        var first = await poller.PollAsync(5, CancellationToken.None);
        var second = await poller.PollAsync(5, CancellationToken.None);
        var third = await poller.PollAsync(5, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Null(third);
        Assert.Equal(2, server.Requests); // disabled: the third call fetched nothing
        store.Verify(s => s.DisableFeedAsync(5, It.Is<string>(r => r.StartsWith("2 failed polls in a row", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.AppendAuditAsync(It.Is<AuditEntry>(a => a.Action == "feeds disable" && a.UserId == FeedPoller.BotUser), It.IsAny<CancellationToken>()));
        platform.Verify(p => p.PostAsync(It.IsAny<ChannelAddress>(), It.Is<Reply>(r => r.Text.Contains("/briefing feeds enable", StringComparison.Ordinal)), (DeliveryKey?)null, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task PollAsync_RemovedFeed_FetchesNothing()
    {
        using var services = TestServices.Create(state: state.Object);
        store.Setup(s => s.GetFeedAsync(9, It.IsAny<CancellationToken>())).ReturnsAsync((FeedRegistration?)null);

        var next = await Poller(services, Feed(new Uri("http://127.0.0.1:1/rss")) with { Id = 8 }).PollAsync(9, CancellationToken.None);

        Assert.Null(next);
        state.Verify(s => s.GetSourceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task PollAsync_PollClaimedByAnotherInstance_FetchesNothingAndComesBackAtTheFeedsNextPoll()
    {
        await using var server = new LoopbackServer(Rss());
        using var services = TestServices.Create(state: state.Object);
        var poller = Poller(services, Feed(server.Url("/rss")) with { NextPollAt = Now.AddMinutes(20) });
        store.Setup(s => s.TryClaimFeedPollAsync(5, Now, Now + FeedPoller.ClaimLease, It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var next = await poller.PollAsync(5, CancellationToken.None);

        Assert.Equal(Now.AddMinutes(20), next);
        Assert.Equal(0, server.Requests);
        store.Verify(s => s.SaveFeedAsync(It.IsAny<FeedRegistration>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task PollAsync_FeedRemovedWhileItWasFetched_StopsAndDoesNotBringItBack()
    {
        await using var server = new LoopbackServer(Rss());
        using var services = TestServices.Create(state: state.Object);
        var poller = Poller(services, Feed(server.Url("/rss")));
        store.Setup(s => s.CompleteFeedPollAsync(5, It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(false); // the row is gone

        var next = await poller.PollAsync(5, CancellationToken.None);

        Assert.Null(next);
        Assert.Equal(1, server.Requests);
        store.Verify(s => s.SaveFeedAsync(It.IsAny<FeedRegistration>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task PollAsync_FailingFeedRemovedWhileItWasFetched_TellsNoOne()
    {
        await using var server = new LoopbackServer(async c => await c.Response.OutputStream.WriteAsync("<rss><channel><item>garbage"u8.ToArray()));
        using var services = TestServices.Create(new() { ["Ingestion:Polling:DisableAfterFailures"] = "1" }, state: state.Object);
        var poller = Poller(services, Feed(server.Url("/rss")));
        store.Setup(s => s.DisableFeedAsync(5, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(false); // the row is gone

        var next = await poller.PollAsync(5, CancellationToken.None);

        Assert.Null(next);
        store.Verify(s => s.SaveFeedAsync(It.IsAny<FeedRegistration>(), It.IsAny<CancellationToken>()), Times.Never);
        store.Verify(s => s.AppendAuditAsync(It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()), Times.Never);
        platform.Verify(p => p.PostAsync(It.IsAny<ChannelAddress>(), It.IsAny<Reply>(), It.IsAny<DeliveryKey?>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
