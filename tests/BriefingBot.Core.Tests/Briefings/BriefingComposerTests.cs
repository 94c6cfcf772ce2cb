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
        store.Setup(s => s.GetStoriesAsync(Now.AddDays(-1), It.IsAny<int>(), It.IsAny<CancellationToken>()))
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
        store.Verify(s => s.GetStoriesAsync(It.IsAny<DateTimeOffset?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ComposeAsync_NothingNew_IsEmpty()
    {
        var store = new Mock<IStoryStore>();
        store.Setup(s => s.GetStoriesAsync(It.IsAny<DateTimeOffset?>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var briefing = await new BriefingComposer(store.Object, new FakeTimeProvider(Now)).ComposeAsync(new BriefingRequest(Now.AddDays(-1)), CancellationToken.None);

        Assert.True(briefing.IsEmpty);
    }
}
