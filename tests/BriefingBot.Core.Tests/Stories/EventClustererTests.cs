using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Tests.Stories;

public sealed class EventClustererTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, float> Election = EventVector.Build("Kessler wins Eastvale mayoral race", ["Marta Kessler won the Eastvale mayoral election, beating Tom Reyes."]);
    private static readonly Dictionary<string, float> Concession = EventVector.Build("Reyes concedes to Kessler", ["Tom Reyes conceded the Eastvale mayoral election to Marta Kessler."]);

    [Fact]
    public void FindStory_SameEventWithinTheWindow_IsFoundButNotOutsideIt()
    {
        var clusterer = WithBackground();
        clusterer.Add(1, "e-1", Election, Day);

        Assert.Equal(1, clusterer.FindStory(Concession, Day.AddDays(1)));
        Assert.Null(clusterer.FindStory(Concession, Day.AddDays(10)));
    }

    [Fact]
    public void FindStory_UnrelatedArticle_StartsNoJoin()
    {
        var clusterer = WithBackground();
        clusterer.Add(1, "e-1", Election, Day);

        Assert.Null(clusterer.FindStory(EventVector.Build("Storm closes bridge", ["A winter storm closed the Gull Island bridge on Monday."]), Day));
    }

    [Fact]
    public void FindStory_DatedReportsTakingDifferentAngles_JoinOnTheirHeadlines()
    {
        const string FirstTitle = "Beckley rallies Harborfest crowd";
        const string SecondTitle = "Beckley speech at Harborfest draws cheers";
        var first = EventVector.Build(FirstTitle,
        [
            "Ann Beckley spoke for an hour at the convention and attacked new taxes.",
            "She promised lower fuel duties, fewer permits for builders and a smaller state payroll.",
            "Organizers counted eleven thousand delegates in the main hall.",
        ]);
        var second = EventVector.Build(SecondTitle,
        [
            "Supporters cheered loudly as the speaker mocked progressive policies.",
            "Several younger activists waved handmade banners about school choice and gun rights.",
            "Critics outside the venue held a quiet vigil.",
        ]);
        var dated = WithBackground();
        dated.Add(1, "h-1", first, Day, EventVector.Headline(FirstTitle));
        var undated = WithBackground();
        undated.Add(1, "h-1", first, Day);

        Assert.Equal(1, dated.FindStory(second, Day.AddHours(3), EventVector.Headline(SecondTitle)));
        Assert.Null(undated.FindStory(second, Day.AddHours(3)));
        Assert.Null(dated.FindStory(EventVector.Build("Harbor storm closes bridge", ["A winter storm closed the bridge."]), Day, EventVector.Headline("Harbor storm closes bridge")));
    }

    [Fact]
    public void Remove_ArticlesOfARolledBackBatch_AreForgotten()
    {
        var clusterer = WithBackground();
        var before = clusterer.Count;
        clusterer.Add(1, "e-1", Election, Day);

        clusterer.Remove(["e-1"]);

        Assert.Equal(before, clusterer.Count);
        Assert.Null(clusterer.FindStory(Concession, Day));
    }

    [Fact]
    public void Add_BeyondCapacity_ForgetsTheOldest()
    {
        var clusterer = new EventClusterer(capacity: 3);
        for (var i = 0; i < 5; i++)
        {
            clusterer.Add(i, $"a-{i}", EventVector.Build($"Item {i}", [$"Council item {i} was discussed."]), Day);
        }

        Assert.Equal(3, clusterer.Count);
    }

    // A few unrelated articles, so that words every article shares weigh little and names weigh much.
    [Fact]
    public void FindStory_UndatedReportInAYoungStore_MeetsAHigherBarThanOnceTheStoreHasGrown()
    {
        // Shares two of its six words with the story: a cosine of about 0.34 under the IDF of a few dozen articles.
        var story = new Dictionary<string, float> { ["harbor"] = 1, ["strike"] = 1, ["crews"] = 1, ["wages"] = 1 };
        var report = new Dictionary<string, float> { ["harbor"] = 1, ["strike"] = 1, ["ferry"] = 1, ["pier"] = 1, ["union"] = 1, ["talks"] = 1 };
        var young = Unrelated(20);
        young.Add(1, "s-1", story, Day);
        var grown = Unrelated(1_000);
        grown.Add(1, "s-1", story, Day);

        Assert.Null(young.FindStory(report, Day));
        Assert.Equal(1, young.FindStory(report, Day, headline: ["ferry"])); // a dated report: compared within its window
        Assert.Equal(1, grown.FindStory(report, Day));
    }

    private static EventClusterer WithBackground()
    {
        var clusterer = new EventClusterer();
        for (var i = 0; i < 10; i++)
        {
            clusterer.Add(100 + i, $"bg-{i}", EventVector.Build($"Council notes {i}", [$"The council discussed item {i} of the budget, including parks and roads."]), Day.AddDays(-1));
        }

        return clusterer;
    }

    // A store that has seen this many articles, each about something of its own.
    private static EventClusterer Unrelated(int articles)
    {
        var clusterer = new EventClusterer();
        for (var i = 0; i < articles; i++)
        {
            clusterer.Add(100 + i, $"bg-{i}", new Dictionary<string, float> { [$"topic{i}"] = 1 }, Day.AddDays(-30));
        }

        return clusterer;
    }
}
