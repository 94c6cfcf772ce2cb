using BriefingBot.Core.Briefings;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Stories;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BriefingBot.Core.Tests.Delivery;

public sealed class SharedCompositionsTests
{
    private static readonly DateTimeOffset Slot = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly Mock<IStoryStore> store = new();
    private readonly FakeTimeProvider time = new(Slot);

    private SharedCompositions Create() => new(new BriefingComposer(store.Object, time), time);

    private static BriefingRequest Request(params string[] topics) => new(Slot.AddDays(-1)) { Until = Slot, Topics = topics, IncludeUpdates = true };

    [Fact]
    public async Task ComposeAsync_SameWindowAndTopics_ComposesOnce()
    {
        store.Setup(s => s.GetStoriesSeenAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var shared = Create();

        var briefings = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => shared.ComposeAsync(Request(), CancellationToken.None)));

        Assert.All(briefings, b => Assert.Same(briefings[0], b));
        store.Verify(s => s.GetStoriesSeenAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ComposeAsync_TopicsInAnotherOrderOrCase_AreTheSameBriefing_OtherTopicsAreNot()
    {
        store.Setup(s => s.SearchStoriesAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var shared = Create();

        var a = await shared.ComposeAsync(Request("Venezuela", "fares"), CancellationToken.None);
        var b = await shared.ComposeAsync(Request("fares", "venezuela"), CancellationToken.None);
        var c = await shared.ComposeAsync(Request("ferry"), CancellationToken.None);

        Assert.Same(a, b);
        Assert.NotSame(a, c);
    }

    [Fact]
    public async Task ComposeAsync_AfterAFailure_ComposesAgain()
    {
        store.SetupSequence(s => s.GetStoriesSeenAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database is locked"))
            .ReturnsAsync([]);
        var shared = Create();

        await Assert.ThrowsAsync<InvalidOperationException>(() => shared.ComposeAsync(Request(), CancellationToken.None));
        var briefing = await shared.ComposeAsync(Request(), CancellationToken.None);

        Assert.True(briefing.IsEmpty);
    }

    [Fact]
    public async Task ComposeAsync_LaterThanTheLifetime_ComposesAgain()
    {
        store.Setup(s => s.GetStoriesSeenAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var shared = Create();

        var first = await shared.ComposeAsync(Request(), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));
        var later = await shared.ComposeAsync(Request(), CancellationToken.None);

        Assert.NotSame(first, later);
    }
}
