using BriefingBot.Core.Stories;
using BriefingBot.Core.Summarization;
using BriefingBot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Tests;

/// <summary>The store's behaviour, the same on every provider: each provider's test class runs these on its database.</summary>
public abstract class StoryStoreTests : IDisposable
{
    private const string WaterStory =
        "The regional water utility approved a plan on Thursday to replace every remaining lead service pipe by 2031. " +
        "The program will cost about 310 million dollars, and the utility said households would not be billed directly. " +
        "Health officials welcomed the decision, noting that about 18,000 homes are still connected by lead lines. " +
        "The first crews will start in the oldest neighbourhoods in March, the utility said in a statement.";

    private readonly ITestDatabase temp;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    private readonly ArticleAnalyzer analyzer = new(new ExtractiveSummarizer());
    private readonly StoryStore store;

    protected StoryStoreTests(ITestDatabase database)
    {
        temp = database;
        store = new StoryStore(temp.Database, time);
    }

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private AnalyzedArticle Article(string text, string? url = null, string? id = null, string? source = "Ridgeview Post", string? title = null) =>
        analyzer.Analyze(new ArticleDraft { Text = text, Url = url, ExternalId = id, Source = source, Title = title });

    [Fact]
    public async Task AddAsync_SameArticleTwice_ChangesNothingTheSecondTime()
    {
        var article = Article(WaterStory, "https://ridgeview-post.example/lead-pipes");

        var first = await store.AddAsync([article], CancellationToken.None);
        var statsAfterFirst = await store.GetStatisticsAsync(CancellationToken.None);
        var second = await store.AddAsync([Article(WaterStory + " Updated.", "https://www.ridgeview-post.example/lead-pipes/?utm_source=rss")], CancellationToken.None);
        var statsAfterSecond = await store.GetStatisticsAsync(CancellationToken.None);

        Assert.Equal(AddOutcome.Added, first[0].Outcome);
        Assert.Equal(AddOutcome.Duplicate, second[0].Outcome);
        Assert.Equal(article.ArticleId, second[0].MatchedArticleId);
        Assert.Equal(statsAfterFirst, statsAfterSecond);
        Assert.Equal(1, statsAfterSecond.Articles);
    }

    [Fact]
    public async Task AddAsync_SameTextWithoutUrlOrId_IsADuplicate()
    {
        await store.AddAsync([Article(WaterStory, source: null)], CancellationToken.None);

        var again = await store.AddAsync([Article(WaterStory.ToUpperInvariant(), source: null)], CancellationToken.None);

        Assert.Equal(AddOutcome.Duplicate, again[0].Outcome);
    }

    [Fact]
    public async Task AddAsync_SameTextOnAnotherSite_IsLinkedIntoOneStoryWithBothOutlets()
    {
        var first = Article(WaterStory, "https://ridgeview-post.example/lead-pipes", source: "Ridgeview Post");
        var copy = Article(WaterStory, "https://harbor-gazette.example/water/lead", source: "Harbor Gazette");

        var results = await store.AddAsync([first, copy], CancellationToken.None);
        var stories = await store.GetStoriesAsync(null, 10, CancellationToken.None);

        Assert.Equal([AddOutcome.Added, AddOutcome.LinkedNearDuplicate], results.Select(r => r.Outcome));
        var story = Assert.Single(stories);
        Assert.Equal(["Ridgeview Post", "Harbor Gazette"], story.Outlets);
        Assert.Equal(2, story.Articles.Count);
    }

    [Fact]
    public async Task GetStorySentencesAsync_ReadsTheFirstReportsOfEachStoryOnly()
    {
        await store.AddAsync(
        [
            Article(WaterStory, "https://ridgeview-post.example/lead-pipes", "w-1", source: "Ridgeview Post"),
            Article(WaterStory, "https://harbor-gazette.example/water/lead", "w-2", source: "Harbor Gazette"),
            Article(WaterStory, "https://eastvale-news.example/lead", "w-3", source: "Eastvale News"),
            Article("The ferry strike ended on Friday. Ferry crews return on Monday.", "https://a.example/1", "f-1"),
        ], CancellationToken.None);
        var water = (await store.GetArticleAsync("w-1", CancellationToken.None))!.StoryId;

        var sentences = await store.GetStorySentencesAsync([water], 2, CancellationToken.None);

        Assert.Equal(["w-1", "w-2"], sentences.Select(h => h.Article.ArticleId).Distinct());
        Assert.Equal(sentences.Count(h => h.Article.ArticleId == "w-1"), sentences.Count(h => h.Article.ArticleId == "w-2"));
        Assert.All(sentences, h => Assert.Equal(water, h.Article.StoryId));
        Assert.Empty(await store.GetStorySentencesAsync([], 2, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_NearDuplicateWithAWordChanged_JoinsTheExistingStory()
    {
        await store.AddAsync([Article(WaterStory, "https://a.example/1", source: "A")], CancellationToken.None);

        var edited = await store.AddAsync([Article(WaterStory.Replace("Thursday", "Wednesday", StringComparison.Ordinal), "https://b.example/2", source: "B")], CancellationToken.None);

        Assert.Equal(AddOutcome.LinkedNearDuplicate, edited[0].Outcome);
        Assert.Single(await store.GetStoriesAsync(null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task AddAsync_UnrelatedArticles_BecomeSeparateStories()
    {
        await store.AddAsync(
        [
            Article(WaterStory, "https://a.example/1"),
            Article("Harbor City won the national cup for the first time in 41 years, beating Eastvale on penalties. Goalkeeper Tomas Reyes saved two spot kicks.", "https://a.example/2"),
        ], CancellationToken.None);

        Assert.Equal(2, (await store.GetStoriesAsync(null, 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SearchSentencesAsync_PorterStemming_MatchesOtherFormsAndJoinsTheArticle()
    {
        await store.AddAsync([Article("Canada and Brazil also backed Guaido on Monday. Other news followed.", "https://a.example/g", "g-1", "Harbor Gazette", "Allies")], CancellationToken.None);

        var hits = await store.SearchSentencesAsync(new SearchQuery { Terms = ["backs"], RequiredAny = [["guaido"]] }, 5, CancellationToken.None);

        var hit = Assert.Single(hits);
        Assert.Equal("Canada and Brazil also backed Guaido on Monday.", hit.Text);
        Assert.Equal("g-1", hit.Article.ArticleId);
        Assert.Equal("Harbor Gazette", hit.Article.Source);
        Assert.Equal(time.GetUtcNow(), hit.Article.IngestedAt);
    }

    [Fact]
    public async Task AddAsync_AnotherOutletsReportOfTheSameEvent_JoinsItsStoryButAnotherEventDoesNot()
    {
        var day = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        ArticleDraft Draft(string id, string source, string title, string text, DateTimeOffset published) =>
            new() { ExternalId = id, Source = source, Title = title, Text = text, Published = published };
        var background = Enumerable.Range(0, 12).Select(i => analyzer.Analyze(Draft($"bg-{i}", "Ridgeview Post", $"Council notes {i}", $"The council discussed item {i} of the budget on Tuesday, including parks, roads and the library {i}.", day.AddDays(-10))));
        await store.AddAsync(background.ToList(), CancellationToken.None);

        var results = await store.AddAsync(
        [
            analyzer.Analyze(Draft("e-1", "Harbor Gazette", "Kessler wins Eastvale mayoral race", "Marta Kessler won the Eastvale mayoral election on Sunday, beating incumbent Tom Reyes by 312 votes. Kessler promised to reopen the Eastvale ferry pier.", day)),
            analyzer.Analyze(Draft("e-2", "Ridgeview Post", "Reyes concedes to Kessler in Eastvale", "Eastvale mayor Tom Reyes conceded on Monday after Marta Kessler's narrow win in Sunday's mayoral election. Kessler takes office in January.", day.AddDays(1))),
            analyzer.Analyze(Draft("e-3", "Harbor Gazette", "Kessler wins Eastvale mayoral race", "Marta Kessler won the Eastvale mayoral election, beating Tom Reyes. The pier plan returns.", day.AddDays(30))),
            analyzer.Analyze(Draft("e-4", "Harbor Gazette", "Storm closes Gull Island bridge", "A winter storm closed the Gull Island bridge on Monday; crews expect to reopen it by Wednesday.", day.AddDays(1))),
        ], CancellationToken.None);

        Assert.Equal([AddOutcome.Added, AddOutcome.JoinedEvent, AddOutcome.Added, AddOutcome.Added], results.Select(r => r.Outcome));
        var story = (await store.GetStoriesAsync(null, 50, CancellationToken.None)).Single(s => s.Articles.Any(a => a.ArticleId == "e-1"));
        Assert.Equal(["e-1", "e-2"], story.Articles.Select(a => a.ArticleId));
        Assert.Equal(["Harbor Gazette", "Ridgeview Post"], story.Outlets);
    }

    [Fact]
    public async Task AddAsync_AfterARestart_StillJoinsReportsToStoredEvents()
    {
        var day = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        await store.AddAsync(Enumerable.Range(0, 12).Select(i => analyzer.Analyze(new ArticleDraft { ExternalId = $"bg-{i}", Title = $"Council notes {i}", Text = $"The council discussed item {i} of the budget, including parks, roads and the library {i}.", Published = day.AddDays(-10) })).ToList(), CancellationToken.None);
        await store.AddAsync([analyzer.Analyze(new ArticleDraft { ExternalId = "e-1", Title = "Kessler wins Eastvale mayoral race", Text = "Marta Kessler won the Eastvale mayoral election on Sunday, beating incumbent Tom Reyes by 312 votes.", Published = day })], CancellationToken.None);
        var reopened = new StoryStore(temp.Reopen(), time);

        var results = await reopened.AddAsync([analyzer.Analyze(new ArticleDraft { ExternalId = "e-2", Title = "Reyes concedes to Kessler in Eastvale", Text = "Eastvale mayor Tom Reyes conceded after Marta Kessler's narrow win in the mayoral election.", Published = day.AddDays(1) })], CancellationToken.None);

        Assert.Equal(AddOutcome.JoinedEvent, results[0].Outcome);
    }

    [Fact]
    public async Task SearchArticlesAsync_RanksWholeArticles_AndTheirSentencesCanBeRead()
    {
        await store.AddAsync(
        [
            Article("The ferry strike ended on Friday. The harbor board raised ferry wages. Ferry crews return on Monday.", "https://a.example/1", "f-1"),
            Article("Harbor City won the cup. The ferry to the final was full.", "https://a.example/2", "f-2"),
            Article("The ferry strike in Eastvale goes on. Talks resume next week.", "https://a.example/3", "f-3"),
        ], CancellationToken.None);

        var articles = await store.SearchArticlesAsync(new SearchQuery { Terms = ["ferry", "wages"] }, 2, CancellationToken.None);
        var sentences = await store.GetSentencesAsync(["f-3", "f-2", "missing"], CancellationToken.None);

        Assert.Equal("f-1", articles[0].Article.ArticleId);
        Assert.Equal(2, articles.Count);
        Assert.True(articles[0].Rank <= articles[1].Rank);
        Assert.Equal(["f-2", "f-2", "f-3", "f-3"], sentences.Select(h => h.Article.ArticleId));
        Assert.Equal([0, 1, 0, 1], sentences.Select(h => h.Position));
        Assert.Equal("The ferry strike in Eastvale goes on.", sentences[2].Text);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(a b) OR")]
    [InlineData("col:value*")]
    [InlineData(")(")]
    public async Task SearchSentencesAsync_FtsSyntaxInTerms_IsTreatedAsText(string term)
    {
        await store.AddAsync([Article(WaterStory, "https://a.example/1")], CancellationToken.None);

        var hits = await store.SearchSentencesAsync(new SearchQuery { Terms = [term, "utility"] }, 5, CancellationToken.None);

        Assert.NotEmpty(hits);
    }

    [Theory]
    [InlineData("o'ryan")]
    [InlineData("O’Ryan")]
    [InlineData("wouldn't")]
    public async Task SearchArticlesAsync_ApostropheInATerm_MatchesTheWordAsWritten(string term)
    {
        await store.AddAsync(
        [
            Article("Deputies searched Dana O'Ryan's truck on Tuesday. She said she wouldn't comment.", "https://a.example/1", "o-1"),
            Article("Ryan Ortiz opened a bakery on Tuesday. The shop sells bread.", "https://a.example/2", "o-2"),
        ], CancellationToken.None);

        var articles = await store.SearchArticlesAsync(new SearchQuery { Terms = [term] }, 5, CancellationToken.None);

        Assert.Equal("o-1", Assert.Single(articles).Article.ArticleId);
    }

    [Fact]
    public async Task SuggestSpellingsAsync_WordsNoArticleHolds_AreReadAsTheStoredWordOneEditAway()
    {
        await store.AddAsync(
        [
            Article("Talks resumed in Islamabad on Monday. Negotiators from Kabul arrived late.", "https://a.example/1"),
            Article("Islamabad police closed the main road. The negotiators met again on Tuesday.", "https://a.example/2"),
            Article("The Islamic council met in Lahore.", "https://a.example/3"),
        ], CancellationToken.None);

        // "negotiators" is stored; "lahor" is stored as the stem of "Lahore"; "zzzzzz" has no stored neighbour.
        var corrections = await store.SuggestSpellingsAsync(["Islmabad", "negotiators", "kabol", "zzzzzz", "lahor"], CancellationToken.None);

        Assert.Equal(
            [new SpellingCorrection("Islmabad", "islamabad"), new SpellingCorrection("kabol", "kabul")],
            corrections);
    }

    [Fact]
    public async Task GetStoriesAsync_Since_ReturnsOnlyStoriesFirstSeenAfter()
    {
        await store.AddAsync([Article(WaterStory, "https://a.example/old")], CancellationToken.None);
        time.Advance(TimeSpan.FromDays(2));
        await store.AddAsync([Article("Storm Imara closed four ports on Wednesday as gusts passed 120 km/h. Power failed in 30,000 homes.", "https://a.example/new")], CancellationToken.None);

        var recent = await store.GetStoriesAsync(time.GetUtcNow().AddDays(-1), 10, CancellationToken.None);

        Assert.Equal("Storm Imara closed four ports on Wednesday as gusts passed 120 km/h.", Assert.Single(recent).Title);
    }

    [Fact]
    public async Task SearchStoriesAsync_MatchesTitleAndText()
    {
        await store.AddAsync([Article(WaterStory, "https://a.example/1", title: "Lead pipes to go by 2031")], CancellationToken.None);

        var stories = await store.SearchStoriesAsync(new SearchQuery { Terms = ["pipes"] }, 5, CancellationToken.None);

        Assert.Equal("Lead pipes to go by 2031", Assert.Single(stories).Title);
        Assert.Equal(3, stories[0].Summary.Count);
    }

    [Fact]
    public async Task AddAsync_Cancelled_KeepsWhatWasCommittedBefore()
    {
        await store.AddAsync([Article(WaterStory, "https://a.example/1")], CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddAsync([Article("Another story entirely about ferries and tugboats.", "https://a.example/2")], cancelled.Token));

        Assert.Equal(1, (await store.GetStatisticsAsync(CancellationToken.None)).Articles);
    }

    [Fact]
    public async Task GetStoriesSeenAsync_NewAndUpdatedStoriesInTheWindow()
    {
        await store.AddAsync([Article(WaterStory, "https://a.example/water")], CancellationToken.None);
        var since = time.GetUtcNow().AddHours(1);
        time.Advance(TimeSpan.FromHours(2));
        await store.AddAsync([Article(WaterStory, "https://b.example/water-copy", source: "Eastvale Courier")], CancellationToken.None); // joins the old story
        await store.AddAsync([Article("Harbor City won the national cup for the first time in 41 years, beating Eastvale on penalties.", "https://a.example/cup")], CancellationToken.None);
        var until = time.GetUtcNow().AddMinutes(1);
        time.Advance(TimeSpan.FromHours(2));
        await store.AddAsync([Article("The council voted to freeze bus fares for a second year, citing the rising cost of living in the district.", "https://a.example/fares")], CancellationToken.None);

        var seen = await store.GetStoriesSeenAsync(since, until, 10, CancellationToken.None);

        Assert.Equal(2, seen.Count);
        Assert.Contains(seen, s => s.FirstSeen < since && s.Articles.Count == 2);
        Assert.Contains(seen, s => s.FirstSeen >= since && s.Articles.Count == 1);
    }

    [Fact]
    public async Task Relations_ReadAfterStoring_AreFoundByAnyWordOfTheTargetAndMarkTheArticleRead()
    {
        var text = "Russia and China back President Nicolas Maduro. The United States backs Juan Guaido, the opposition leader. Talks resumed in Oslo.";
        var article = Article(text, "https://ridgeview-post.example/venezuela");
        var copy = Article(text, "https://harbor-gazette.example/venezuela", source: "Harbor Gazette");
        await store.AddAsync([article, copy], CancellationToken.None);

        var toRead = await store.GetArticlesToReadAsync(10, CancellationToken.None);
        Assert.Equal([(article.ArticleId, false), (copy.ArticleId, true)], toRead.Select(a => (a.ArticleId, a.IsCopy)));
        Assert.Equal(article.Sentences, toRead[0].Sentences);

        await store.SaveRelationsAsync(
            [
                (article.ArticleId, [new StanceRelation(0, "Russia", true, "President Nicolas Maduro"), new StanceRelation(1, "The United States", true, "Juan Guaido")]),
                (copy.ArticleId, []),
            ],
            CancellationToken.None);

        Assert.Empty(await store.GetArticlesToReadAsync(10, CancellationToken.None));
        var guaido = Assert.Single(await store.GetRelationsAsync(["guaido"], 10, CancellationToken.None));
        Assert.Equal(("The United States", true, "Juan Guaido"), (guaido.Party, guaido.Supports, guaido.Target));
        Assert.Equal((article.ArticleId, 1, "The United States backs Juan Guaido, the opposition leader."), (guaido.Evidence.Article.ArticleId, guaido.Evidence.Position, guaido.Evidence.Text));
        Assert.Equal("Russia", Assert.Single(await store.GetRelationsAsync(["nicolas", "maduro"], 10, CancellationToken.None)).Party);
        Assert.Empty(await store.GetRelationsAsync(["juan", "maduro"], 10, CancellationToken.None)); // every word must be the target's
        Assert.Empty(await store.GetRelationsAsync(["oslo"], 10, CancellationToken.None));
    }

    [Fact]
    public async Task GetRelationsAsync_NewestArticleFirst()
    {
        var older = analyzer.Analyze(new ArticleDraft { Text = "Councillor Ana Vale backed Mayor Tom Quill on the budget.", ExternalId = "older", Published = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero) });
        var newer = analyzer.Analyze(new ArticleDraft { Text = "Councillor Ana Vale condemned Mayor Tom Quill over the tram contract.", ExternalId = "newer", Published = new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero) });
        await store.AddAsync([older, newer], CancellationToken.None);
        await store.SaveRelationsAsync([("older", [new StanceRelation(0, "Councillor Ana Vale", true, "Mayor Tom Quill")]), ("newer", [new StanceRelation(0, "Councillor Ana Vale", false, "Mayor Tom Quill")])], CancellationToken.None);

        var relations = await store.GetRelationsAsync(["quill"], 10, CancellationToken.None);

        Assert.Equal([("newer", false), ("older", true)], relations.Select(r => (r.Evidence.Article.ArticleId, r.Supports)));
    }
}
