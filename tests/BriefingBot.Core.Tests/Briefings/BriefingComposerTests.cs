using BriefingBot.Core.Briefings;
using BriefingBot.Core.Stories;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BriefingBot.Core.Tests.Briefings;

public sealed class BriefingComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static StoryDigest Story(long id, DateTimeOffset seen, params string[] outlets) => new()
    {
        StoryId = id,
        Title = $"Story {id}",
        FirstSeen = seen,
        LastSeen = seen,
        Articles = outlets.Select((o, i) => new StoredArticle
        {
            ArticleId = $"a-{id}-{i}",
            Title = $"Story {id}",
            Source = o,
            IngestedAt = seen,
            StoryId = id,
            Summary = ["Summary."],
        }).ToList(),
    };

    [Fact]
    public async Task ComposeAsync_RanksStoriesCoveredByMoreOutletsFirstAndCapsTheCount()
    {
        var store = new Mock<IStoryStore>();
        store.Setup(s => s.GetStoriesSeenAsync(Now.AddDays(-1), It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Story(1, Now.AddHours(-1), "A"), Story(2, Now.AddHours(-5), "A", "B", "C"), Story(3, Now.AddHours(-2), "B")]);
        var composer = new BriefingComposer(store.Object, new FakeTimeProvider(Now));

        var briefing = await composer.ComposeAsync(new BriefingRequest(Now.AddDays(-1), MaxItems: 2), CancellationToken.None);

        Assert.Equal([2L, 1L], briefing.Items.Select(s => s.StoryId));
        Assert.Equal(Now, briefing.ComposedAt);
    }

    [Fact]
    public async Task ComposeAsync_Topic_SearchesAndDropsOlderStories()
    {
        var store = new Mock<IStoryStore>();
        store.Setup(s => s.SearchStoriesAsync(It.Is<SearchQuery>(q => q.RequiredAny.Count == 2), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Story(1, Now.AddHours(-3), "A"), Story(2, Now.AddDays(-3), "A")]);
        var composer = new BriefingComposer(store.Object, new FakeTimeProvider(Now));

        var briefing = await composer.ComposeAsync(new BriefingRequest(Now.AddDays(-1), "storm imara"), CancellationToken.None);

        Assert.Equal([1L], briefing.Items.Select(s => s.StoryId));
        store.Verify(s => s.GetStoriesSeenAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ComposeAsync_NothingNew_IsEmpty()
    {
        var store = new Mock<IStoryStore>();
        store.Setup(s => s.GetStoriesSeenAsync(It.IsAny<DateTimeOffset>(), It.IsAny<DateTimeOffset>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var briefing = await new BriefingComposer(store.Object, new FakeTimeProvider(Now)).ComposeAsync(new BriefingRequest(Now.AddDays(-1)), CancellationToken.None);

        Assert.True(briefing.IsEmpty);
    }

    [Fact]
    public async Task ComposeAsync_WithUpdates_BringsBackAnOlderStoryOnlyWhenANewOutletReportedIt()
    {
        var since = Now.AddHours(-12);
        var picked = Story(1, Now.AddDays(-2), "A") with { LastSeen = Now.AddHours(-1) };
        picked = picked with
        {
            Articles = [.. picked.Articles, new StoredArticle { ArticleId = "a-1-new", Title = "Story 1", Source = "B", IngestedAt = Now.AddHours(-1), StoryId = 1, Summary = [] }],
        };
        var copied = Story(2, Now.AddDays(-2), "A") with { LastSeen = Now.AddHours(-1) };
        copied = copied with
        {
            Articles = [.. copied.Articles, new StoredArticle { ArticleId = "a-2-copy", Title = "Story 2", Source = "A", IngestedAt = Now.AddHours(-1), StoryId = 2, Summary = [] }],
        };
        var store = new Mock<IStoryStore>();
        store.Setup(s => s.GetStoriesSeenAsync(since, Now, It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Story(3, Now.AddHours(-2), "C"), picked, copied]);
        var composer = new BriefingComposer(store.Object, new FakeTimeProvider(Now));

        var briefing = await composer.ComposeAsync(new BriefingRequest(since) { Until = Now, IncludeUpdates = true }, CancellationToken.None);

        Assert.Equal([1L, 3L], briefing.Items.Select(s => s.StoryId).Order());
        Assert.Equal(["B"], briefing.Updates[1]);
        Assert.False(briefing.Updates.ContainsKey(3));
    }

    [Fact]
    public async Task ComposeAsync_SeveralTopics_TakesStoriesAboutAnyOfThemWithinTheWindow()
    {
        var since = Now.AddDays(-1);
        var until = Now.AddHours(-1);
        var store = new Mock<IStoryStore>();
        store.Setup(s => s.SearchStoriesAsync(It.Is<SearchQuery>(q => q.RequiredAny.Count == 1 && q.RequiredAny[0][0] == "venezuela"), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Story(1, Now.AddHours(-3), "A"), Story(4, Now.AddMinutes(-10), "A")]);
        store.Setup(s => s.SearchStoriesAsync(It.Is<SearchQuery>(q => q.RequiredAny.Count == 2), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Story(2, Now.AddHours(-4), "B"), Story(1, Now.AddHours(-3), "A")]);
        var composer = new BriefingComposer(store.Object, new FakeTimeProvider(Now));

        var briefing = await composer.ComposeAsync(new BriefingRequest(since) { Until = until, Topics = ["Venezuela", "transit fares"] }, CancellationToken.None);

        Assert.Equal([1L, 2L], briefing.Items.Select(s => s.StoryId).Order());
        Assert.Equal(["Venezuela", "transit fares"], briefing.Topics);
    }
}
