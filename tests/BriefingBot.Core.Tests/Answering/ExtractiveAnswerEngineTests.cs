using BriefingBot.Core.Answering;
using BriefingBot.Core.Stories;
using Moq;

namespace BriefingBot.Core.Tests.Answering;

public sealed class ExtractiveAnswerEngineTests
{
    private static readonly StoredArticle Article = new()
    {
        ArticleId = "a-1",
        Title = "Guaido appeals to Maduro's foreign allies",
        Url = "https://harbor-gazette.example/a",
        Source = "Harbor Gazette",
        Published = new DateTimeOffset(2019, 2, 1, 14, 0, 0, TimeSpan.Zero),
        IngestedAt = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero),
        StoryId = 1,
        Summary = [],
    };

    [Fact]
    public async Task AskAsync_StanceQuestion_ListsSupportersWithEvidenceAndCitations()
    {
        var store = NewStore();
        store.Setup(s => s.SearchSentencesAsync(It.Is<SearchQuery>(q => q.RequiredAny.Count == 1 && q.RequiredAny[0].Contains("maduro")), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 1, "Russia and China lend heavily to Venezuela and back Maduro.", -5),
                new SentenceHit(Article, 4, "The United States and more than a dozen other countries recognize Guaido, not Maduro, as interim president.", -3),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who backs Maduro", CancellationToken.None);

        Assert.Equal(["Russia", "China"], answer.Entities.Select(e => e.Name));
        Assert.All(answer.Entities, e => Assert.Equal("supporter", e.Role));
        Assert.Equal("a-1", answer.Entities[0].Evidence[0].ArticleId);
        Assert.Single(answer.Citations);
        Assert.Equal("Harbor Gazette", answer.Citations[0].Source);
        Assert.True(answer.Confidence > 0);
    }

    [Fact]
    public async Task AskAsync_StanceQuestion_ListsOnePartyOnceUnderItsFormsAndNoPartyStateTags()
    {
        var store = StoreWithHits(
            [
                new SentenceHit(Article, 1, "Eastvale Sheriff Joe Marsh endorsed Paul Whitcombe on Monday.", -5),
                new SentenceHit(Article, 2, "Controversial Eastvale Sheriff Joe Marsh endorsed Whitcombe again on Friday.", -4),
                new SentenceHit(Article, 3, "Rep. Lena Ortiz (R-Texas) endorsed Whitcombe as well.", -3),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who backs Whitcombe", CancellationToken.None);

        var names = answer.Entities.Select(e => e.Name).ToList();
        Assert.Single(names, n => n.Contains("Joe Marsh", StringComparison.Ordinal));
        Assert.Equal(2, answer.Entities.Single(e => e.Name.Contains("Joe Marsh", StringComparison.Ordinal)).Evidence.Count);
        Assert.Contains(names, n => n.Contains("Lena Ortiz", StringComparison.Ordinal));
        Assert.DoesNotContain("R-Texas", names);
    }

    [Fact]
    public async Task AskAsync_StanceOnANameWrittenInCapitals_IsNotAStanceOnTheCommonWord()
    {
        var store = StoreWithHits(
            [
                new SentenceHit(Article, 1, "The remarks prompted Tom Hale, editor of the Ledger, to call for Mr. Vale's resignation as party leader.", -5),
                new SentenceHit(Article, 2, "Mayor Ana Ruiz criticized the Harbor Party on Monday.", -4),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized the Harbor Party", CancellationToken.None);

        Assert.Equal(["Mayor Ana Ruiz"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_StanceQuestion_ADescriptionBeforeTheNameItDescribes_IsOneParty()
    {
        var store = StoreWithHits([new SentenceHit(Article, 1, "Another top Republican, Sen. Ana Ruiz of Ohio, also lambasted Vale on Thursday.", -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized Vale", CancellationToken.None);

        Assert.Equal(["Sen. Ana Ruiz of Ohio"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_StanceOnACountry_IncludesOneOnItsPeople()
    {
        var store = StoreWithHits([new SentenceHit(Article, 1, "Mayor Ruiz set the tone, offering support and condolences to the South Korvians in March.", -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who supports South Korvia", CancellationToken.None);

        Assert.Equal(["Mayor Ruiz"], answer.Entities.Select(e => e.Name));
    }

    [Theory]
    [InlineData("Lena Ortiz's sister, Dana, has staunchly opposed Whitcombe's parole.", "Dana")]
    [InlineData("Lena Ortiz's predecessor, Dana Hale, has staunchly opposed Whitcombe's parole.", "Dana Hale")]
    public async Task AskAsync_StanceOfSomeonesRelativeOrPredecessor_IsTheirsNotTheOwners(string sentence, string expected)
    {
        var store = StoreWithHits([new SentenceHit(Article, 1, sentence, -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who opposed Whitcombe's parole", CancellationToken.None);

        Assert.Equal([expected], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_StanceOnSomeonesFamily_IsNotAStanceOnThemselves()
    {
        var store = StoreWithHits(
            [
                new SentenceHit(Article, 1, "Councillor Tom Ruiz criticized Whitcombe on Monday.", -5),
                new SentenceHit(Article, 2, "Aide Lena Ortiz criticized Whitcombe's daughters for their outfits.", -4),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var family = await engine.AskAsync("who criticized Whitcombe's daughters", CancellationToken.None);
        var familyNamed = await engine.AskAsync("who criticized the Whitcombe daughters", CancellationToken.None);
        var words = await engine.AskAsync("who criticized Whitcombe's comments", CancellationToken.None);

        Assert.Equal(["Aide Lena Ortiz"], family.Entities.Select(e => e.Name));
        Assert.Equal(["Aide Lena Ortiz"], familyNamed.Entities.Select(e => e.Name));
        Assert.Contains(words.Entities, e => e.Name == "Councillor Tom Ruiz"); // what he says stands for him
    }

    [Fact]
    public async Task AskAsync_StanceQuestionSayingWhatWasSaid_PutsThoseWhoSaidItFirst()
    {
        var store = StoreWithHits(
            [
                new SentenceHit(Article, 1, "Councillor Tom Ruiz criticized Whitcombe on Monday.", -5),
                new SentenceHit(Article, 2, "Councillor Tom Ruiz criticized Whitcombe again on Friday.", -5),
                new SentenceHit(Article, 3, "Aide Lena Ortiz accused Whitcombe of treating the harbor fund like a piggy bank.", -4),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var plain = await engine.AskAsync("who accused Whitcombe", CancellationToken.None);
        var said = await engine.AskAsync("who accused Whitcombe of raiding the harbor fund", CancellationToken.None);

        Assert.Equal(["Councillor Tom Ruiz", "Aide Lena Ortiz"], plain.Entities.Select(e => e.Name)); // more evidence first
        Assert.Equal(["Aide Lena Ortiz", "Councillor Tom Ruiz"], said.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_TargetAskedWithoutItsAccents_IsFound()
    {
        var store = StoreWithHits([new SentenceHit(Article, 1, "Councillor Tom Ruiz sharply criticized Mayor Ana Peña on Monday.", -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized Pena", CancellationToken.None);

        Assert.Equal(["Councillor Tom Ruiz"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_WhoDidItToSomeone_NamesEveryoneTheArticlesSayDid()
    {
        var store = StoreWith(
            new SentenceHit(Article, 0, "Gov. Lena Whitcombe has until Friday to sign or veto the harbor bill.", 0),
            new SentenceHit(Article, 1, "Former presidential nominee Mitt Ortiz urged Whitcombe to veto the harbor bill.", 0),
            new SentenceHit(Article, 2, "The state's two senators, Jeff Ruiz and John Hale, called on Whitcombe to veto it.", 0),
            new SentenceHit(Article, 3, "Cathi Vale, an architect of the harbor bill, urged Whitcombe to sign it.", 0));
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who urged Whitcombe to veto the harbor bill", CancellationToken.None);

        Assert.Superset(new HashSet<string> { "Mitt Ortiz", "Jeff Ruiz", "John Hale" }, answer.Entities.Select(e => e.Name).ToHashSet());
        Assert.DoesNotContain(answer.Entities, e => e.Name.Contains("Vale", StringComparison.Ordinal)); // she urged her to sign it
    }

    [Fact]
    public async Task AskAsync_WhoDidIt_NamesTheDoerBeforeANameNearTheQuestionsWords()
    {
        var store = StoreWith(
            new SentenceHit(Article, 0, "Whitcombe's defeat by a harbor candidate recalled the defeat of former Speaker Tom Hale in 1994.", 0),
            new SentenceHit(Article, 1, "Dave Ruiz, the harbor candidate who defeated Whitcombe, spoke on Wednesday.", 0));
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who defeated Whitcombe", CancellationToken.None);

        Assert.Equal("Dave Ruiz", answer.Entities[0].Name);
    }

    [Fact]
    public async Task AskAsync_StanceAnswer_ListsNamedPartiesBeforeGroups()
    {
        var store = StoreWithHits(
            [
                new SentenceHit(Article, 1, "Several conservatives criticized Whitcombe on Monday.", -6),
                new SentenceHit(Article, 2, "Several conservatives criticized Whitcombe again on Friday.", -6),
                new SentenceHit(Article, 3, "Councillor Tom Ruiz criticized Whitcombe on Tuesday.", -5),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized Whitcombe", CancellationToken.None);

        Assert.Equal(["Councillor Tom Ruiz", "Several conservatives"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_TargetsFirstNameInSomeoneElsesName_IsNotTheTarget()
    {
        var store = StoreWithHits(
            [
                new SentenceHit(Article, 1, "Ana Ruiz, a Republican, blamed Attorney General Eric Holder for the delays.", -6),
                new SentenceHit(Article, 2, "Dave Hale criticized Whitcombe, R-Va., on Monday.", -5),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized Eric Whitcombe", CancellationToken.None);

        Assert.Equal(["Dave Hale"], answer.Entities.Select(e => e.Name)); // a party label after the name keeps it the target's
    }

    [Fact]
    public async Task AskAsync_TargetPlaceBeforeATitle_IsStillTheTarget()
    {
        var store = StoreWithHits([new SentenceHit(Article, 1, "Ana Ruiz took a similar stand against the harbor law, signed by Eastvale Gov. Tom Vale.", -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who opposes the Eastvale harbor law", CancellationToken.None);

        Assert.Equal(["Ana Ruiz"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_AnotherReportOfTheStory_IsReadForTheNounItsStoryGaveTheTarget()
    {
        var other = Article with { ArticleId = "a-2", Source = "Harbor Times" };
        var store = StoreWithHits([new SentenceHit(Article, 1, "Protests against Whitcombe Foods restaurants spread on Wednesday.", -5)]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new SentenceHit(Article, 1, "Protests against Whitcombe Foods restaurants spread on Wednesday.", 0)]);
        store.Setup(s => s.GetStorySentencesAsync(It.Is<IReadOnlyList<long>>(ids => ids.Contains(Article.StoryId)), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 1, "Protests against Whitcombe Foods restaurants spread on Wednesday.", 0),
                new SentenceHit(other, 0, "Crowds lined up at Whitcombe Foods on Wednesday.", 0),
                new SentenceHit(other, 1, "Mayor Ana Ruiz tweeted about her opposition to the restaurant.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who opposes Whitcombe Foods", CancellationToken.None);

        var entity = Assert.Single(answer.Entities);
        Assert.Equal("Mayor Ana Ruiz", entity.Name);
        Assert.Equal("a-2", entity.Evidence[0].ArticleId);
    }

    [Theory]
    [InlineData("who supports Paul Vale", "")] // the article's Vale is Tim Vale
    [InlineData("who supports Tim Vale", "Councillor Ana Ruiz")]
    [InlineData("who supports Timothy Vale", "Councillor Ana Ruiz")] // "Tim" is short for it
    public async Task AskAsync_ASurnameTheArticleGivesAnotherPerson_IsNotTheTarget(string question, string expected)
    {
        SentenceHit[] article =
        [
            new(Article, 0, "Ohio Rep. Tim Vale challenged the party leader on Wednesday.", 0),
            new(Article, 1, "Councillor Ana Ruiz backed Vale in the vote.", 0),
        ];
        var store = StoreWithHits([article[1]]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync(article);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync(question, CancellationToken.None);

        Assert.Equal(expected.Length == 0 ? [] : [expected], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_StanceQuestion_ReadsSupportShownForAHyphenatedName()
    {
        var store = StoreWithHits([new SentenceHit(Article, 1, "Rep. Lena Ortiz (R-Minn.) showed her support for Chick-fil-A Wednesday when she tweeted a photo of her visit.", -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who supports Chick-Fil-A", CancellationToken.None);

        Assert.Equal(["Rep. Lena Ortiz"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_StanceQuestion_ReadsPassivesAndPledgesAndNeverNamesTheOtherSide()
    {
        var store = StoreWithHits(
            [
                new SentenceHit(Article, 1, "Maduro is backed by Turkey and Iran.", -5),
                new SentenceHit(Article, 2, "Senior military figures have pledged their unwavering support of Maduro.", -4),
                new SentenceHit(Article, 3, "Canada condemned Maduro and backed the opposition.", -3),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var backers = await engine.AskAsync("who backs Maduro", CancellationToken.None);
        var opponents = await engine.AskAsync("who opposes Maduro", CancellationToken.None);

        Assert.Equal(["Turkey", "Iran", "Senior military figures"], backers.Entities.Select(e => e.Name));
        Assert.Equal(["Canada"], opponents.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_WhichCountries_ListsOnlyCountries()
    {
        var store = StoreWithHits(
            [
                new SentenceHit(Article, 1, "Maduro is backed by Turkey and the U.S. chamber of commerce.", -5),
                new SentenceHit(Article, 2, "Senior military figures have pledged their unwavering support of Maduro.", -4),
                new SentenceHit(Article, 3, "A handful of other countries have recognized Maduro as president.", -3),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var countries = await engine.AskAsync("which countries back Maduro", CancellationToken.None);
        var everyone = await engine.AskAsync("who backs Maduro", CancellationToken.None);

        Assert.Contains("Turkey", countries.Entities.Select(e => e.Name));
        Assert.Contains(countries.Entities, e => e.Name.EndsWith("countries", StringComparison.Ordinal));
        Assert.DoesNotContain(countries.Entities, e => e.Name.Contains("military", StringComparison.OrdinalIgnoreCase) || e.Name.Contains("chamber", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(everyone.Entities, e => e.Name.Contains("military", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AskAsync_CueAboutSomeoneElse_DoesNotMakeThemASupporterOfTheTarget()
    {
        var store = StoreWithHits([new SentenceHit(Article, 1, "Ortiz withdrew her endorsement of Whitcombe on Friday.", -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who backs Ortiz", CancellationToken.None);

        Assert.Empty(answer.Entities);
    }

    [Fact]
    public async Task AskAsync_CapitalizedOpener_IsNotTakenForAName()
    {
        var store = StoreWithHits([new SentenceHit(Article, 1, "Following the vote, Harbor Democrats rejected Whitcombe's budget.", -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who opposes Whitcombe", CancellationToken.None);

        Assert.Equal(["Harbor Democrats"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_PronounHoldsTheStance_NamesWhoTheArticleSaidItWas()
    {
        var store = StoreWithHits([new SentenceHit(Article, 2, "He has criticized Whitcombe for months.", -5)]);
        store.Setup(s => s.GetSentencesAsync(It.Is<IReadOnlyList<string>>(ids => ids.Count == 1 && ids[0] == "a-1"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 0, "Mayor Whitcombe faced the harbor council on Tuesday.", 0),
                new SentenceHit(Article, 1, "Councillor Daniel Ortiz spoke first.", 0),
                new SentenceHit(Article, 2, "He has criticized Whitcombe for months.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized Whitcombe", CancellationToken.None);

        var entity = Assert.Single(answer.Entities);
        Assert.Equal("Councillor Daniel Ortiz", entity.Name);
        Assert.Equal("He has criticized Whitcombe for months.", entity.Evidence[0].Sentence);
    }

    [Fact]
    public async Task AskAsync_TargetNamedByAPronounInTheNextSentence_IsFound()
    {
        var store = StoreWithHits([new SentenceHit(Article, 0, "Mayor Lena Whitcombe lost the council vote on the harbor budget on Tuesday.", -5)]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 0, "Mayor Lena Whitcombe lost the council vote on the harbor budget on Tuesday.", 0),
                new SentenceHit(Article, 1, "Councillor Daniel Ortiz then called for her resignation.", 0),
                new SentenceHit(Article, 2, "Ortiz also praised her deputy.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var opponents = await engine.AskAsync("who opposes Whitcombe", CancellationToken.None);
        var supporters = await engine.AskAsync("who backs Whitcombe", CancellationToken.None);

        var entity = Assert.Single(opponents.Entities);
        Assert.Equal("Councillor Daniel Ortiz", entity.Name);
        Assert.Equal("Councillor Daniel Ortiz then called for her resignation.", entity.Evidence[0].Sentence);
        Assert.Empty(supporters.Entities); // praising her deputy is not backing her
    }

    [Fact]
    public async Task AskAsync_TargetCalledByTheNounTheArticleGaveIt_IsFound()
    {
        var store = StoreWithHits([new SentenceHit(Article, 0, "Gov. Lena Whitcombe has until Friday to sign or veto the harbor bill.", -5)]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 0, "Gov. Lena Whitcombe has until Friday to sign or veto the harbor bill.", 0),
                new SentenceHit(Article, 1, "Dock workers rallied outside the statehouse on Wednesday.", 0),
                new SentenceHit(Article, 2, "Several shipping firms wrote to the harbor authority.", 0),
                new SentenceHit(Article, 3, "Councillor Daniel Ortiz sharply criticized the governor in a letter on Thursday.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var opponents = await engine.AskAsync("who criticized Whitcombe", CancellationToken.None);

        var entity = Assert.Single(opponents.Entities);
        Assert.Equal("Councillor Daniel Ortiz", entity.Name);
        Assert.Equal("Councillor Daniel Ortiz sharply criticized the governor in a letter on Thursday.", entity.Evidence[0].Sentence);
    }

    [Theory]
    [InlineData("Ferry operators have joined the chorus against the Harbor Toll Act, which backers hope to pass this year.", "Rep. Ana Ruiz")]
    [InlineData("The Harbor Toll Act and the Dock Safety Act were both filed on Monday.", null)] // "the plan" may be either law
    public async Task AskAsync_ALawAskedByItsName_IsTheBillOrThePlanOfAnArticleNamingNoOtherLaw(string first, string? expected)
    {
        var store = StoreWithHits([new SentenceHit(Article, 0, first, -5)]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 0, first, 0),
                new SentenceHit(Article, 1, "Dock workers rallied outside the statehouse on Wednesday.", 0),
                new SentenceHit(Article, 2, "On Thursday, Rep. Ana Ruiz, D-Ohio, announced her opposition to the plan on Twitter.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var opponents = await engine.AskAsync("who opposes the Harbor Toll Act", CancellationToken.None);

        Assert.Equal(expected, opponents.Entities.Select(e => e.Name).FirstOrDefault(n => n.Contains("Ruiz", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AskAsync_WhoBacksSomeone_SearchesForThoseWhoStoodWithOrSidedWithThem()
    {
        // "China and Russia have stood with Mugabe": "stood" is no form the stemmed index finds from "stand".
        var queries = new List<SearchQuery>();
        var store = NewStore();
        store.Setup(s => s.SearchSentencesAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Callback<SearchQuery, int, CancellationToken>((q, _, _) => queries.Add(q))
            .ReturnsAsync([new SentenceHit(Article, 0, "Eastvale and Westport have stood with Whitcombe throughout the dispute.", -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var supporters = await engine.AskAsync("who backs Whitcombe", CancellationToken.None);

        Assert.Contains(queries, q => q.Terms.Contains("stood") && q.Terms.Contains("side"));
        Assert.Contains("Eastvale", supporters.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_ANounTheArticleAlsoGivesAnotherName_StandsForNoOne()
    {
        var store = StoreWithHits([new SentenceHit(Article, 0, "Gov. Lena Whitcombe met Gov. Tom Hale in Eastvale on Monday.", -5)]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 0, "Gov. Lena Whitcombe met Gov. Tom Hale in Eastvale on Monday.", 0),
                new SentenceHit(Article, 1, "Dock workers rallied outside the statehouse on Wednesday.", 0),
                new SentenceHit(Article, 2, "Several shipping firms wrote to the harbor authority.", 0),
                new SentenceHit(Article, 3, "Councillor Daniel Ortiz sharply criticized the governor in a letter on Thursday.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var opponents = await engine.AskAsync("who criticized Whitcombe", CancellationToken.None);

        Assert.Empty(opponents.Entities);
    }

    [Fact]
    public async Task AskAsync_SupportTheTargetReceivedFromAGroupLedBySomeone_NamesTheGroupAndItsLeader()
    {
        var store = StoreWithHits([new SentenceHit(Article, 0, "Senator Ana Velez, who declared herself the assembly's provisional head last week, has said she needs the backing of the unions.", -5)]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 0, "Senator Ana Velez, who declared herself the assembly's provisional head last week, has said she needs the backing of the unions.", 0),
                new SentenceHit(Article, 1, "She had won the support from more than a dozen mostly European governments led by France, who have recognized her as the lawful leader.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var supporters = await engine.AskAsync("who backs Velez", CancellationToken.None);
        var opponents = await engine.AskAsync("who opposes Velez", CancellationToken.None);

        Assert.Equal(["France", "more than a dozen mostly European governments"], supporters.Entities.Select(e => e.Name));
        Assert.All(supporters.Entities, e => Assert.StartsWith("She had won the support from", e.Evidence[0].Sentence, StringComparison.Ordinal));
        Assert.Empty(opponents.Entities);
    }

    [Theory]
    [InlineData("The governor is growing more isolated as more countries back Velez.")]
    [InlineData("The governor, who has vowed to defend his budget, is growing more isolated as more countries back Velez.")]
    public async Task AskAsync_GroupBacksTheTargetWhereTheTaggerReadsBackAsAnAdverb_NamesTheGroup(string sentence)
    {
        var store = StoreWithHits([new SentenceHit(Article, 3, sentence, -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who backs Velez", CancellationToken.None);

        Assert.Equal(["more countries"], answer.Entities.Select(e => e.Name));
    }

    [Theory]
    [InlineData("Velez spoke at a rally with Senator Tom Reyes (D-Ore.), who offered his support for Velez's candidacy.", "who backs Velez", "Senator Tom Reyes")]
    [InlineData("Velez must earn the support of at least eight senators to pass the bill.", "who backs Velez", "")]
    [InlineData("The United States recognized Velez as Gondor's lawful leader on Monday.", "who backs Gondor", "")]
    [InlineData("When deputies stopped him in Plantation, Florida, they also seized a van covered in stickers supporting Velez.", "who backs Velez", "")]
    [InlineData("Activists supporting Velez marched through the capital on Friday.", "who backs Velez", "Activists")]
    [InlineData("Governor Tom Hale, who backed Velez's rival Ana Ruiz in the primary, spoke on Friday.", "who backs Velez", "")]
    [InlineData("Velez's opponent in the general election, Republican Tom Hale, questioned the delay.", "who opposes Velez", "Republican Tom Hale")]
    [InlineData("A Harbor Party spokesman criticised Velez's record on Tuesday.", "who opposes Velez", "Harbor Party")]
    [InlineData("Many members of his party, including former White House chief strategist Tom Hale, supported Velez.", "who backs Velez", "Tom Hale|members")]
    public async Task AskAsync_StanceQuestion_ReadsWhoARelativeClauseAndASupportNounAreAbout(string sentence, string question, string expected)
    {
        var store = StoreWithHits([new SentenceHit(Article, 0, sentence, -5)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync(question, CancellationToken.None);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_PronounStandsForTheTarget_NamesNoOne()
    {
        var store = StoreWithHits([new SentenceHit(Article, 1, "He criticized Whitcombe's own budget in a speech.", -5)]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 0, "Mayor Daniel Whitcombe changed course on Tuesday.", 0),
                new SentenceHit(Article, 1, "He criticized Whitcombe's own budget in a speech.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized Whitcombe", CancellationToken.None);

        Assert.Empty(answer.Entities);
    }

    [Fact]
    public async Task AskAsync_NothingStored_SaysSoWithoutEntities()
    {
        var store = NewStore();
        store.Setup(s => s.SearchSentencesAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.SearchArticlesAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var stance = await engine.AskAsync("who backs Guaido", CancellationToken.None);
        var open = await engine.AskAsync("what happened with the harbour", CancellationToken.None);

        Assert.Empty(stance.Entities);
        Assert.Empty(stance.Citations);
        Assert.Equal(0, stance.Confidence);
        Assert.Contains("nothing", stance.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(open.Citations);
        Assert.Contains("couldn't find", open.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_TargetMentionedWithoutStance_CitesButNamesNoOne()
    {
        var store = StoreWithHits([new SentenceHit(Article, 2, "Guaido argued that a new government would protect investments and backed no one.", -1)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who backs Guaido", CancellationToken.None);

        Assert.Empty(answer.Entities);
        Assert.Single(answer.Citations);
        Assert.Contains("none of them says who backs Guaido", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_TargetStoredButNoSentenceOfTheAskedSide_SaysTheStoreMentionsIt()
    {
        var mention = new SentenceHit(Article, 2, "Maduro addressed supporters in Caracas on Saturday.", -2);
        var store = NewStore();
        store.Setup(s => s.SearchSentencesAsync(It.Is<SearchQuery>(q => q.Terms.Count > 0), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.SearchSentencesAsync(It.Is<SearchQuery>(q => q.Terms.Count == 0 && q.RequiredAny[0].Contains("maduro")), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([mention]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who opposes Maduro", CancellationToken.None);

        Assert.Equal("The stored articles mention Maduro, but none of them says who opposes Maduro.", answer.Text);
        Assert.Equal(mention.Text, Assert.Single(answer.Citations).Sentence);
        Assert.Empty(answer.Entities);
    }

    [Fact]
    public async Task AskAsync_WhoQuestion_AnswersWithANameTheQuestionDoesNotContain()
    {
        var store = StoreWith("Harbor City won the national cup, beating Eastvale on penalties.");
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who won the national cup", CancellationToken.None);

        Assert.Equal("Harbor City", answer.Entities.Single().Name);
        Assert.Equal("Harbor City", answer.ShortAnswer);
        Assert.Equal("a-1", answer.Citations[0].ArticleId);
    }

    [Theory]
    [InlineData("Mayor Lena Ortiz and Senator Paul Whitcombe opened the new ferry terminal on Tuesday.", "who opened the ferry terminal", "Lena Ortiz|Paul Whitcombe")]
    [InlineData( // listed as written, whatever the parse made of the list
        "The scandal has resulted in challenges for Hale's job from Eastvale Party Chairman Tom Price, former council member Ana Ruiz, longtime party official Lena Ortiz and former harbor director Paul Whitcombe.",
        "who is challenging Hale for his job",
        "Tom Price|Ana Ruiz|Lena Ortiz|Paul Whitcombe")]
    public async Task AskAsync_WhoQuestion_NamesEveryoneCoordinatedOrListedWithTheAnswer(string sentence, string question, string expected)
    {
        var store = StoreWith(sentence);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync(question, CancellationToken.None);

        foreach (var name in expected.Split('|'))
        {
            Assert.Contains(name, answer.ShortAnswer, StringComparison.Ordinal);
        }

        Assert.Contains(" and ", answer.ShortAnswer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhoQuestion_AnAsideAfterTheAnswerIsNoList()
    {
        var store = StoreWith("Former harbor director Paul Whitcombe, the key architect of the ferry plan under mayors Lena Ortiz and Ana Ruiz, died on Monday.");
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who was the key architect of the ferry plan", CancellationToken.None);

        Assert.Contains("Paul Whitcombe", answer.ShortAnswer, StringComparison.Ordinal);
        Assert.DoesNotContain("Ortiz", answer.ShortAnswer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhoDidANamedDoerDoItTo_AnswersWithWhomThatDoerDidItTo()
    {
        var store = StoreWith(
            new SentenceHit(Article, 0, "Mayor Dana Hale criticized Senator Ana Ruiz on Monday, a day after Governor Tom Price praised the senator.", 0),
            new SentenceHit(Article, 1, "Later in the week, Price criticized Lena Ortiz over the harbor budget.", 0));
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who did Tom Price criticize", CancellationToken.None);

        Assert.Contains("Lena Ortiz", answer.ShortAnswer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhoWasDoneTo_AnswersWithTheOneItWasDoneToNotTheDoer()
    {
        var store = StoreWith("Governor Tom Ruiz nominated Lena Marsh to lead the port authority.");
        var engine = new ExtractiveAnswerEngine(store.Object);

        var nominee = await engine.AskAsync("who was nominated to lead the port authority", CancellationToken.None);
        var nominator = await engine.AskAsync("who nominated someone to lead the port authority", CancellationToken.None);

        Assert.Equal("Lena Marsh", nominee.ShortAnswer);
        Assert.Equal("Governor Tom Ruiz", nominator.ShortAnswer);
    }

    [Fact]
    public async Task AskAsync_WhoDidIt_NamesWhoThePronounThatDidItStandsFor()
    {
        var store = StoreWith(
            new SentenceHit(Article, 0, "Harbor ministry spokesman Dmitri Orlov said on Friday that the port had not been contacted.", 0),
            new SentenceHit(Article, 1, "He also denied any role in the sale of the gold reserves.", 0));
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who denied any role in the sale of the gold reserves", CancellationToken.None);

        Assert.Equal("Harbor ministry spokesman Dmitri Orlov", answer.ShortAnswer);
        Assert.Equal("He also denied any role in the sale of the gold reserves.", answer.Entities[0].Evidence[0].Sentence);
    }

    [Theory]
    [InlineData("The embassy's defence attaché in the U.S., Col. Marta Elena Ruiz, has resigned.", "who resigned", "Col. Marta Elena Ruiz")]
    [InlineData("The embassy's defence attaché in the U.S., Col. Marta Elena Ruiz, has resigned.", "who is the embassy's defence attaché in the U.S.", "Col. Marta Elena Ruiz")]
    public async Task AskAsync_WhoDidIt_AnswersWithTheNameADescriptionGivesNotTheDescription(string sentence, string question, string expected)
    {
        var store = StoreWith(sentence);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync(question, CancellationToken.None);

        Assert.Equal(expected, answer.ShortAnswer);
    }

    [Fact]
    public async Task AskAsync_WhoDidIt_AnswersWithAnUnnamedPartyWhenNoOneIsNamed()
    {
        var store = StoreWith("A group of dock workers blocked the Eastvale port on Monday.");
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who blocked the Eastvale port", CancellationToken.None);

        Assert.Equal("A group of dock workers", answer.ShortAnswer);
        Assert.Equal("a-1", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task AskAsync_WhoHoldsAKindOfTitle_WrittenWithPeriods_IsThatKind()
    {
        var store = StoreWith(
            new SentenceHit(Article, 0, "Eastvale has said any group that wants to send aid to Port Kell can do so in coordination with Eastvale officials.", 0),
            new SentenceHit(Article, 1, "Mara Quint, U.S. coordinator for the Open Seas to Port Kell flotilla, said the boats carried only medicine.", 0));
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who is the U.S. coordinator of the Open Seas to Port Kell flotilla", CancellationToken.None);

        Assert.Equal("Mara Quint", answer.ShortAnswer);
    }

    [Fact]
    public async Task AskAsync_WhoHoldsATitle_NamesEveryHolderTheStoreGives_ButNotADeputy()
    {
        var store = StoreWith(
            new SentenceHit(Article, 0, "Harbor Director Lena Ortiz opened the new ferry terminal on Monday.", 0),
            new SentenceHit(Article, 1, "Harbor Deputy Director Tom Price said the first boat would leave at 6 a.m.", 0),
            new SentenceHit(Article, 2, "The terminal was planned in 2019 under Harbor Director Paul Hale.", 0));
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who is the harbor director", CancellationToken.None);

        Assert.Equal("Lena Ortiz", answer.ShortAnswer);
        Assert.Equal(["Lena Ortiz", "Paul Hale"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_WhoHoldsATitle_NotAPlaceNorTheSamePersonTwice()
    {
        var store = StoreWith(
            new SentenceHit(Article, 1, "In Eastvale, Harbor Director Paul Hale said the plan was sound.", 0),
            new SentenceHit(Article, 2, "The award went to Navy Adm. Paul Hale, the harbor director, on Friday.", 0));
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who is the harbor director", CancellationToken.None);

        Assert.Equal(["Paul Hale"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_WhoHoldsASecondRank_NamesItsHolderAlone()
    {
        var store = StoreWith("Mayor Lena Ortiz, Vice Mayor Paul Hale and other council members cut the ribbon on Monday.");
        var engine = new ExtractiveAnswerEngine(store.Object);

        var vice = await engine.AskAsync("who is the vice mayor", CancellationToken.None);
        var mayor = await engine.AskAsync("who is the mayor", CancellationToken.None);

        Assert.Equal(["Paul Hale"], vice.Entities.Select(e => e.Name));
        Assert.Equal(["Lena Ortiz"], mayor.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_WhoHoldsATitle_AnswersWithTheNameWithoutTheWordsTheQuestionSaid()
    {
        var store = StoreWith("Eastvale Mayor Lena Marsh opened the ferry terminal with Governor Tom Ruiz on Tuesday.");
        var engine = new ExtractiveAnswerEngine(store.Object);

        var mayor = await engine.AskAsync("who is the mayor of Eastvale", CancellationToken.None);
        var governor = await engine.AskAsync("who is the governor", CancellationToken.None);

        Assert.Equal("Lena Marsh", mayor.ShortAnswer);
        Assert.Equal("Tom Ruiz", governor.ShortAnswer);
    }

    [Fact]
    public async Task AskAsync_WhoHoldsSomeonesTitle_AnswersWithTheirHolderNotTheTitlesOwnerOrAnotherOnesHolder()
    {
        var store = StoreWith(
            new SentenceHit(Article, 0, "Eastvale County lawyers met Mr. Hale's lawyer on Monday to discuss the ferry contract.", 0),
            new SentenceHit(Article, 1, "In a letter to Hale's lawyer, Rep. Tom Ruiz, the committee chairman, said the committee would wait.", 0),
            new SentenceHit(Article, 2, "Dana Price, Mr. Ortiz's lawyer, said the contract was signed in haste by Hale.", 0),
            new SentenceHit(Article, 3, "Hale attorney Mira Costa said her client would testify next week.", 0));
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who is Hale's lawyer", CancellationToken.None);

        Assert.Equal("Mira Costa", answer.ShortAnswer);
        Assert.StartsWith("Hale attorney", answer.Citations[0].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhoHoldsSomeonesKindOfTitle_AnswersWithTheHolderAPronounNamesAsTheirsNotAnotherKindsHolder()
    {
        var store = StoreWith(
            new SentenceHit(Article, 0, "Dana Vale sits in the Eastvale county jail, awaiting a ruling on her appeal.", 0),
            new SentenceHit(Article, 1, "Her chief defense attorney, Rob Kettering, has asked for a new trial.", 0),
            new SentenceHit(Article, 2, "\"No defense can hide what Dana Vale did to this city,\" Eastvale District Attorney Lena Marsh said last year.", 0));
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who is Vale's defense attorney", CancellationToken.None);

        Assert.Equal("Rob Kettering", answer.ShortAnswer);
        Assert.StartsWith("Her chief defense attorney", answer.Citations[0].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_StanceOfASurnameOpeningASentence_IsReadWithTheNameItsArticleGaveInFull()
    {
        var opening = new SentenceHit(Article, 0, "Rep. Dana Hollings spoke at the Eastvale harbor on Monday.", 0);
        var stance = new SentenceHit(Article, 1, "Hollings also criticized the toll plan.", -3);
        var store = StoreWithHits([stance], [opening, stance]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized the toll plan", CancellationToken.None);

        Assert.Contains(answer.Entities, e => e.Name.EndsWith("Hollings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_StanceOnAThingItsArticleThenCallsByItsNoun_IsRead()
    {
        var sentences = new[]
        {
            new SentenceHit(Article, 0, "The council passed a ferry bill on Tuesday by seven votes to four.", 0),
            new SentenceHit(Article, 1, "Many Republicans opposed the bill because it raised fares.", 0),
        };
        var store = StoreWithHits([], sentences);
        store.Setup(s => s.SearchArticlesAsync(It.Is<SearchQuery>(q => q.RequiredAny.Count == 2), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ArticleHit(Article, -4)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who opposed the ferry bill", CancellationToken.None);

        Assert.Contains(answer.Entities, e => e.Name == "Many Republicans");
    }

    [Fact]
    public async Task AskAsync_WhoDidIt_AnswersWithTheNameADescriptionSetBesideIt()
    {
        var store = StoreWith("Before the vote, Rep. Ana Ruiz, an Ohio Republican, called the ferry bill \"a charade,\" denying it would cut fares.");
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who called the ferry bill a charade", CancellationToken.None);

        Assert.Equal("Rep. Ana Ruiz", answer.ShortAnswer);
    }

    [Fact]
    public async Task AskAsync_WhoIsSomeone_AnswersWhatTheArticleSaysTheyAre()
    {
        var store = StoreWith("Marta Kessler, the harbor master, said the ferry would resume on Friday.");
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who is Marta Kessler?", CancellationToken.None);

        Assert.Equal("the harbor master", answer.ShortAnswer);
        Assert.Empty(answer.Entities);
        Assert.Equal("a-1", answer.Citations[0].ArticleId);
    }

    [Theory]
    [InlineData("Veteran ferry pilot Marta Kessler brought the last boat in on Friday.", "Veteran ferry pilot")] // the name hangs on the title
    [InlineData("The strike was settled by the notoriously stubborn harbor master Marta Kessler.", "notoriously stubborn harbor master")]
    [InlineData("It was a quick rise for folk singer Marta Kessler.", "folk singer")]
    [InlineData("EASTVALE -- Attorney General Marta Kessler said Wednesday that the port would reopen.", "Attorney General")] // "General" may hang on "Attorney"
    [InlineData("The mayor listened to House Minority Leader Marta Kessler on trade.", "House Minority Leader")]
    [InlineData("Eastvale's Harbor Master Marta Kessler closed the port.", "Eastvale's Harbor Master")] // the title hangs on the name
    [InlineData("Eastvale's chief engineer Marta Kessler said the port would reopen.", "Eastvale's chief engineer")]
    public async Task AskAsync_WhoIsSomeone_AnswersWithTheTitleBeforeTheName(string sentence, string expected)
    {
        var engine = new ExtractiveAnswerEngine(StoreWith(sentence).Object);

        var answer = await engine.AskAsync("who is Marta Kessler?", CancellationToken.None);

        Assert.Equal(expected, answer.ShortAnswer);
        Assert.Equal("a-1", answer.Citations[0].ArticleId);
    }

    [Theory]
    [InlineData("Eastvale's opposition leader Juan Ortega said on Thursday that he had written to the council.", "who is Juan Ortega?", "Eastvale's opposition leader")]
    [InlineData("The council stood firmly behind President Nicolas Ortega, asking him to stay.", "who is Ortega?", "President")] // the first name the question left out
    [InlineData("In October he will be partnered by new caddy Tom Marsh -- who carried Ortega's bag for more than 20 years.", "who is Tom Marsh?", "new caddy")]
    [InlineData("Eastvale's Prime Minister Nuri al-Basri on Sunday tried to calm the council.", "who is al-basri", "Eastvale's Prime Minister")] // the capital inside the name
    [InlineData("Voters know that Nina Ortega and her party are the wrong choice for farmers and their families, the mayor said.", "who is Nina Ortega?", "the wrong choice for farmers and their families")]
    public async Task AskAsync_WhoIsSomeone_ReadsTheDescriptionDespiteTheParse(string sentence, string question, string expected)
    {
        var engine = new ExtractiveAnswerEngine(StoreWith(sentence).Object);

        var answer = await engine.AskAsync(question, CancellationToken.None);

        Assert.Equal(expected, answer.ShortAnswer);
    }

    [Fact]
    public async Task AskAsync_WhoIsSomeone_DoesNotDescribeAnotherPersonWithTheSameSurname()
    {
        const string Sentence = "The father of actress Lena Marsh was arrested on Monday.";
        var engine = new ExtractiveAnswerEngine(StoreWith(Sentence).Object);

        var answer = await engine.AskAsync("who is Tom Marsh?", CancellationToken.None);

        Assert.NotEqual("actress", answer.ShortAnswer); // Lena Marsh is an actress; nothing here says who Tom Marsh is
    }

    [Fact]
    public async Task AskAsync_WhoIsSomeoneTheStoreNeverDescribes_AnswersWithWhatItSaysOfThemNotAnotherName()
    {
        const string Sentence = "Officials said Tuesday afternoon Kessler had met Governor Tom Ruiz.";
        var engine = new ExtractiveAnswerEngine(StoreWith(Sentence).Object);

        var answer = await engine.AskAsync("who is Kessler?", CancellationToken.None);

        Assert.Null(answer.ShortAnswer); // neither "Tuesday afternoon" nor "Tom Ruiz" is who Kessler is
        Assert.Empty(answer.Entities);
        Assert.Equal(Sentence, answer.Text);
        Assert.Equal("a-1", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task AskAsync_WhoHeldTheTitle_MatchesTheTitleAskedForNotOtherWordsOfTheQuestion()
    {
        const string Sentence = "Former U.S. Defense Secretary Robert Marsh, a key architect of the U.S. war in Korea under presidents Paul Ortiz and Lena Whitcombe, has died at age 93, according to his family.";
        var engine = new ExtractiveAnswerEngine(StoreWith(Sentence).Object);

        var answer = await engine.AskAsync("Who was the key architect of war in Korea under two presidents?", CancellationToken.None);

        // "presidents" is not the title asked for; "former" is the secretary's, not the architect's.
        Assert.EndsWith("Robert Marsh", answer.ShortAnswer);
    }

    [Theory]
    [InlineData("The man accused of setting fire to the Eastvale ferry terminal will appear in court next week, police said Tuesday.", "The man accused of setting fire to the Eastvale ferry terminal")]
    [InlineData("A 47-year-old charity worker who says she has never been abroad is now an Internet sensation after a singing performance on Saturday.", "A 47-year-old charity worker")]
    [InlineData("A judge ordered Tuesday that the harbor strike end.", null)] // "a judge" is anyone: no description
    public async Task AskAsync_WhoIsSomeoneALedeOpensOnBeforeNamingThem_AnswersWithTheOpeningDescription(string lede, string? expected)
    {
        const string Naming = "Tom Marsh, 28, was charged on Monday.";
        var engine = new ExtractiveAnswerEngine(StoreWith(new SentenceHit(Article, 0, lede, 0), new SentenceHit(Article, 3, Naming, 0)).Object);

        var answer = await engine.AskAsync("who is Tom Marsh?", CancellationToken.None);

        Assert.Equal(expected, answer.ShortAnswer);
        Assert.Contains(answer.Citations, c => c.Sentence == Naming); // the sentence that names him is always shown
        Assert.Equal(expected is not null, answer.Citations.Any(c => c.Sentence == lede));
    }

    [Fact]
    public async Task AskAsync_WhoAnsweredByASurname_GivesTheNameTheArticleFirstUsed()
    {
        const string Later = "Marsh voted against the ferry plan on Tuesday.";
        var engine = new ExtractiveAnswerEngine(StoreWith(
            new SentenceHit(Article, 0, "Rep. John Marsh was elected 17 times to represent Eastvale.", 0),
            new SentenceHit(Article, 3, Later, 0)).Object);

        var answer = await engine.AskAsync("Who voted against the ferry plan?", CancellationToken.None);

        Assert.Equal("Rep. John Marsh", answer.ShortAnswer);
        Assert.Equal(Later, answer.Citations[0].Sentence); // the evidence is still the sentence that answers
    }

    [Fact]
    public async Task AskAsync_WhoIsTheHolderOfATitleTheQuestionSaysInCommonWords_AnswersWithTheName()
    {
        var engine = new ExtractiveAnswerEngine(StoreWith("The Eastvale coach Lena Marsh picked a young side for the final.").Object);

        var answer = await engine.AskAsync("who is Eastvale coach?", CancellationToken.None);

        Assert.Equal("Lena Marsh", answer.ShortAnswer); // "coach" is no name in the text, so this asks for one
    }

    [Fact]
    public async Task AskAsync_OpenQuestion_CitesTheArticleThatCoversTheQuestionFirst()
    {
        var other = Article with { ArticleId = "a-2", Title = "Ferry timetable" };
        var store = NewStore();
        store.Setup(s => s.SearchArticlesAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ArticleHit(other, -5.0), new ArticleHit(Article, -4.8)]);
        store.Setup(s => s.GetSentencesAsync(It.Is<IReadOnlyList<string>>(ids => ids.Count == 2), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(other, 5, "The ferry timetable changes in winter.", 0),
                new SentenceHit(Article, 0, "The ferry strike ended when the harbor board raised wages by four percent.", 0),
                new SentenceHit(Article, 1, "Crews return on Monday.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("why did the ferry strike end", CancellationToken.None);

        Assert.Equal("a-1", answer.Citations[0].ArticleId);
        Assert.StartsWith("The ferry strike ended", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhoQuestion_TakesTheNameFromTheBestArticleWhenItHasOne()
    {
        var other = Article with { ArticleId = "b-1", Title = "Eastvale neighbours remember a quiet tenant" };
        var store = NewStore();
        store.Setup(s => s.SearchArticlesAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ArticleHit(Article, -9), new ArticleHit(other, -8)]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new SentenceHit(Article, 0, "Victor Lund, a retired chemist who taught at two universities and lived alone in a cabin for thirty years, was the Harbor Bomber, prosecutors said.", 0),
                new SentenceHit(other, 0, "To her neighbours, Mara Quill was known as the quiet tenant of the top flat.", 0),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("Who was known as the Harbor Bomber?", CancellationToken.None);

        Assert.Equal("Victor Lund", answer.ShortAnswer);
        Assert.Equal("a-1", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task AskAsync_MisspelledWord_IsSearchedAsTheStoreSpellsIt_AndTheAnswerSaysSo()
    {
        const string sentence = "The Harbor Lodge resort is 40 kilometres from Islamabad, the guide said.";
        var store = StoreWith(sentence);
        store.Setup(s => s.SuggestSpellingsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new SpellingCorrection("islmabad", "islamabad")]);
        store.Setup(s => s.SearchArticlesAsync(It.Is<SearchQuery>(q => !q.Terms.Contains("islamabad")), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        store.Setup(s => s.SearchSentencesAsync(It.Is<SearchQuery>(q => q.Terms.Contains("islamabad")), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new SentenceHit(Article, 0, sentence, -1)]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("How far is the resort from Islmabad?", CancellationToken.None);

        Assert.Equal("a-1", Assert.Single(answer.Citations).ArticleId);
        Assert.StartsWith("I read \"Islmabad\" as \"Islamabad\". ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("40 kilometres", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_StanceQuestion_AddsRelationsReadAtIngest_AndAPartyThatChangedSidesSinceIsLeftOut()
    {
        static StoredArticle Dated(string id, int month) => Article with { ArticleId = id, Published = new DateTimeOffset(2026, month, 5, 9, 0, 0, TimeSpan.Zero) };
        var backed = new SentenceHit(Dated("jan", 1), 0, "Councillor Ana Vale backed Mayor Tom Quill on the budget.", -4);
        var condemned = new SentenceHit(Dated("mar", 3), 2, "Councillor Ana Vale condemned Mayor Tom Quill over the tram contract.", 0);
        var endorsed = new SentenceHit(Dated("feb", 2), 5, "Lena Ortiz endorsed Quill for a second term.", 0);
        var store = StoreWithHits([backed]); // the sentence search finds only the January report
        store.Setup(s => s.GetRelationsAsync(It.Is<IReadOnlyList<string>>(t => t.Count == 1 && t[0] == "quill"), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(
            [
                new StoredRelation("Councillor Ana Vale", false, "Mayor Tom Quill", condemned),
                new StoredRelation("Lena Ortiz", true, "Quill", endorsed),
                new StoredRelation("Councillor Ana Vale", true, "Mayor Tom Quill", backed),
                new StoredRelation("Lena Ortiz", true, "Quillon", endorsed), // the index matched a stem, not the name
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var backers = await engine.AskAsync("who backs Quill", CancellationToken.None);
        var opponents = await engine.AskAsync("who opposes Quill", CancellationToken.None);

        var backer = Assert.Single(backers.Entities);
        Assert.Equal(("Lena Ortiz", "feb"), (backer.Name, backer.Evidence[0].ArticleId));
        Assert.Equal("Backing Quill: Lena Ortiz.", backers.Text);
        var opponent = Assert.Single(opponents.Entities);
        Assert.Equal(("Councillor Ana Vale", "mar"), (opponent.Name, opponent.Evidence[0].ArticleId));
    }

    [Fact]
    public async Task AskAsync_StanceQuestion_TakesRelationsStoredUnderTheSurname_OnlyFromArticlesNamingTheWholeTarget()
    {
        var quill = new SentenceHit(Article with { ArticleId = "quill" }, 3, "On Thursday, numerous councillors called on Quill to drop out of the race.", 0);
        var other = new SentenceHit(Article with { ArticleId = "other" }, 1, "Lena Ortiz criticized Quill over the ferry fares.", 0);
        var store = StoreWithHits([]);
        store.Setup(s => s.GetRelationsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new StoredRelation("numerous councillors", false, "Quill", quill), new StoredRelation("Lena Ortiz", false, "Quill", other)]);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new SentenceHit(quill.Article, 0, "Mayor Tom Quill faces a recall vote.", 0), quill, other]); // "other" is about Rita Quill
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who opposes Tom Quill", CancellationToken.None);

        Assert.Equal(["numerous councillors"], answer.Entities.Select(e => e.Name));
    }

    // A store whose articles hold no further sentences, no misspelled words and no relations read at ingest unless a
    // test says otherwise.
    [Fact]
    public async Task AskAsync_StanceOnAThingNamedByItsWords_ReadsOnlyArticlesAboutItAndNotTheOwner()
    {
        var ferry = Article with { ArticleId = "a-1", Title = "Council takes up the ferry bill", StoryId = 1 };
        var budget = Article with { ArticleId = "a-2", Title = "Budget fight goes on", StoryId = 2 };
        SentenceHit[] ferryText =
        [
            new(ferry, 0, "Mayor Paul Whitcombe's ferry bill comes to a vote on Tuesday.", -2),
            new(ferry, 1, "The Harbor League opposed the bill.", -5),
            new(ferry, 2, "Councillor Ana Ruiz criticized Whitcombe over his budget.", -4),
        ];
        SentenceHit[] budgetText = [new(budget, 0, "Senator Dan Hale opposed the bill on Monday.", -6)];
        var store = StoreWithHits([.. ferryText.Skip(1), .. budgetText], [.. ferryText, .. budgetText]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var bill = await engine.AskAsync("who opposes the ferry bill", CancellationToken.None);
        var owned = await engine.AskAsync("who opposes Whitcombe's ferry bill", CancellationToken.None);

        // Another article's "the bill" is another bill; criticism of Whitcombe is not criticism of his bill.
        Assert.Equal(["the Harbor League"], bill.Entities.Select(e => e.Name));
        Assert.Equal(["the Harbor League"], owned.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_APronounAfterAnySentenceNamingTheTarget_IsReadForTheStance()
    {
        SentenceHit[] text =
        [
            new(Article, 0, "Lena Whitcombe faced a storm of questions on Monday.", 0),
            new(Article, 1, "Members of Congress are calling her evasive, and ask why she waited so long.", 0),
            new(Article, 2, "Whitcombe said she had done nothing wrong.", -3),
        ];
        var store = StoreWithHits([text[2]], text);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized Lena Whitcombe", CancellationToken.None);

        Assert.Equal(["Members of Congress"], answer.Entities.Select(e => e.Name));
        Assert.Equal(text[1].Text, answer.Entities[0].Evidence[0].Sentence);
    }

    [Fact]
    public async Task AskAsync_StanceOnANamedOwnersThing_ReadsSentencesThatNameOnlyTheThing()
    {
        var programs = Article with { Title = "Ortiz defends Eastvale programs" };
        SentenceHit[] text =
        [
            new(programs, 0, "Mayor Lena Ortiz defended the programs as essential to the harbor.", -5),
            new(programs, 1, "Councillor Dan Hale praised Eastvale on Monday.", -4),
        ];
        var store = StoreWithHits(text, text);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who defended the Eastvale programs", CancellationToken.None);

        Assert.Equal(["Mayor Lena Ortiz"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_StanceQuestion_ListsAGroupNamedByItsBodyAfterNames()
    {
        var store = StoreWithHits(
            [
                new SentenceHit(Article, 1, "Members of Congress criticized Whitcombe on Monday.", -6),
                new SentenceHit(Article, 2, "Senator Dan Hale criticized Whitcombe as well.", -4),
            ]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized Whitcombe", CancellationToken.None);

        Assert.Equal(["Senator Dan Hale", "Members of Congress"], answer.Entities.Select(e => e.Name));
    }

    [Fact]
    public async Task AskAsync_StanceOnAThingHeadedByItsNoun_NeedsAnArticleThatWritesAllItsNames()
    {
        var ferry = Article with { ArticleId = "a-1", Title = "Eastvale ferry to close", StoryId = 1 };
        var office = Article with { ArticleId = "a-2", Title = "Whitcombe closes the ferry office", StoryId = 2 };
        SentenceHit[] ferryText = [new(ferry, 0, "Councillor Ana Ruiz criticized Whitcombe's decision to close the Eastvale ferry.", -5)];
        SentenceHit[] officeText = [new(office, 0, "Senator Dan Hale criticized Whitcombe's decision to close the ferry office.", -6)];
        var store = StoreWithHits([.. ferryText, .. officeText], [.. ferryText, .. officeText]);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized Whitcombe's decision to close the Eastvale ferry", CancellationToken.None);

        Assert.Equal(["Councillor Ana Ruiz"], answer.Entities.Select(e => e.Name));
    }

    [Theory]
    [InlineData("The harbour master has backed plans for toll gates on the Eastvale bridge.", "Harbour master Ana Ruiz said the gates would pay for repairs.", "Ana Ruiz")]
    [InlineData("A chief inspector has backed plans for toll gates on the Eastvale bridge.", "However, Eastvale chief inspector Tom Hale also warned of queues.", "Tom Hale")]
    [InlineData("A chief inspector has backed plans for toll gates on the Eastvale bridge.", "Mayor Paul Whitcombe said the gates would pay for repairs.", null)] // another office: someone else
    public async Task AskAsync_StanceOfSomeoneALedeDescribesBeforeNamingThem_AnswersWithTheName(string lede, string next, string? expected)
    {
        SentenceHit[] text = [new(Article, 0, lede, -5), new(Article, 1, next, 0)];
        var store = StoreWithHits([text[0]], text);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who supports toll gates", CancellationToken.None);

        var names = answer.Entities.Select(e => e.Name).ToList();
        if (expected is null)
        {
            Assert.DoesNotContain(names, n => n.Contains("Whitcombe", StringComparison.Ordinal));
        }
        else
        {
            Assert.Single(names, n => n.EndsWith(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AskAsync_StanceOfAPartyALedeNames_IsNotItsLeaderNamedNext()
    {
        SentenceHit[] text =
        [
            new(Article, 0, "The Liberal Democrats have backed plans for toll gates on the Eastvale bridge.", -5),
            new(Article, 1, "Liberal Democrat leader Tom Hale said the gates would pay for repairs.", 0),
        ];
        var store = StoreWithHits([text[0]], text);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who supports toll gates", CancellationToken.None);

        Assert.Contains(answer.Entities, e => e.Name.Contains("Liberal Democrats", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Entities, e => e.Name.Contains("Hale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_QuotationsRightAfterAGroupsStance_AreItsMembersWordsButForTheOtherParty()
    {
        SentenceHit[] text =
        [
            new(Article, 0, "Governor Tom Vale released his ferry plan on Monday.", 0),
            new(Article, 1, "Republicans responded by dismissing the ferry plan as a cheap political gimmick.", -5),
            new(Article, 2, "It is \"a thinly veiled attempt to score points,\" said Republican Party Chairman Dana Hollings.", 0),
            new(Article, 3, "\"It is not leadership,\" added Rep. Ed Marsh, R-Eastvale.", 0),
            new(Article, 4, "\"It is a fair plan,\" said Rep. Lena Ortiz, D-Eastvale.", 0),
            new(Article, 5, "The plan would raise fares by a dollar.", 0),
            new(Article, 6, "\"Nobody will ride it,\" said Mayor Ana Ruiz.", 0),
        ];
        var store = StoreWithHits([text[1]], text);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who opposes the ferry plan", CancellationToken.None);

        var names = answer.Entities.Select(e => e.Name).ToList();
        Assert.True(names.Contains("Republicans") && names.Any(n => n.EndsWith("Dana Hollings", StringComparison.Ordinal)) && names.Any(n => n.EndsWith("Ed Marsh", StringComparison.Ordinal)), string.Join(" | ", names));
        Assert.Contains(names, n => n.EndsWith("Dana Hollings", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("Ed Marsh", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("Ortiz", StringComparison.Ordinal) || n.Contains("Ruiz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_QuotationAfterAGroupsStanceThatSpeaksOfTheOtherSide_IsNoMembers()
    {
        SentenceHit[] text =
        [
            new(Article, 0, "Many Democrats backed the ferry plan on Monday.", -5),
            new(Article, 1, "\"We now have a clear choice,\" said Dana Hollings, a founder of the Harbor League, which opposes the ferry plan.", 0),
        ];
        var store = StoreWithHits([text[0]], text);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who supports the ferry plan", CancellationToken.None);

        Assert.Contains(answer.Entities, e => e.Name.Contains("Democrats", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Entities, e => e.Name.Contains("Hollings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_StanceOnAThingWhoseOwnerItsArticleNamesByItsPeople_IsRead()
    {
        SentenceHit[] text =
        [
            new(Article, 0, "The council approved a resolution on Friday that backs all Marovians who want a new ferry.", 0),
            new(Article, 1, "In a statement, Dana Hollings said she voted against the measure because it was rushed.", 0),
            new(Article, 2, "The vote came a week after protests in Marovia.", -5),
        ];
        var store = StoreWithHits([text[2]], text);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who opposes the Marovia resolution", CancellationToken.None);

        Assert.Contains(answer.Entities, e => e.Name.EndsWith("Hollings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_StanceOnAThingInAnArticleWhoseWordsForItStandApart_IsNotRead()
    {
        var other = Article with { ArticleId = "a-2", StoryId = 2 };
        SentenceHit[] text =
        [
            new(other, 0, "Public anger over the ferry grew on Monday.", 0),
            new(other, 1, "The new dock was financed by the harbor board.", 0),
            new(other, 2, "In defending the decision, Dana Hollings cited a review begun under the Vale administration.", -5),
        ];
        var store = StoreWithHits([text[2]], text);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who defended Vale's decision on public financing", CancellationToken.None);

        Assert.Empty(answer.Entities);
    }

    [Fact]
    public async Task AskAsync_StanceOnALawItsArticleThenCallsTheLaw_IsRead()
    {
        SentenceHit[] text =
        [
            new(Article, 0, "The Eastvale toll law took effect on Monday.", 0),
            new(Article, 1, "Hundreds of fishermen marched to protest the law, which has also been criticized by harbor unions and Western mayors, including Westport Mayor Ana Ruiz.", 0),
        ];
        var store = StoreWithHits([text[0]], text);
        var engine = new ExtractiveAnswerEngine(store.Object);

        var answer = await engine.AskAsync("who criticized the Eastvale toll law", CancellationToken.None);

        Assert.True(answer.Entities.Any(e => e.Name.EndsWith("Ana Ruiz", StringComparison.Ordinal)), answer.Text);
    }

    private static Mock<IStoryStore> NewStore()
    {
        var store = new Mock<IStoryStore>();
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.GetStorySentencesAsync(It.IsAny<IReadOnlyList<long>>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.GetRelationsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.SuggestSpellingsAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        store.Setup(s => s.SearchArticlesAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        return store;
    }

    // A store whose sentence search returns these hits, whatever is asked.
    private static Mock<IStoryStore> StoreWithHits(IReadOnlyList<SentenceHit> hits)
    {
        var store = NewStore();
        store.Setup(s => s.SearchSentencesAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(hits);
        return store;
    }

    // A store whose sentence search returns these hits, and whose articles hold these sentences (each asked article's own).
    private static Mock<IStoryStore> StoreWithHits(IReadOnlyList<SentenceHit> hits, IReadOnlyList<SentenceHit> articleSentences)
    {
        var store = StoreWithHits(hits);
        store.Setup(s => s.GetSentencesAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> ids, CancellationToken _) => articleSentences.Where(h => ids.Contains(h.Article.ArticleId)).ToList());
        return store;
    }

    private static Mock<IStoryStore> StoreWith(string sentence) => StoreWith(new SentenceHit(Article, 0, sentence, 0));

    // A store whose one article (a-1) is found for any question and holds these sentences.
    private static Mock<IStoryStore> StoreWith(params SentenceHit[] sentences)
    {
        var store = NewStore();
        store.Setup(s => s.SearchArticlesAsync(It.IsAny<SearchQuery>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ArticleHit(Article, -4)]);
        store.Setup(s => s.GetSentencesAsync(It.Is<IReadOnlyList<string>>(ids => ids.Contains("a-1")), It.IsAny<CancellationToken>()))
            .ReturnsAsync(sentences);
        return store;
    }
}
