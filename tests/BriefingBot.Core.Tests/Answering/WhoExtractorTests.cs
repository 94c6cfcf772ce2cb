using BriefingBot.Core.Answering;
using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Entities;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Tests.Answering;

public sealed class WhoExtractorTests
{
    private static readonly StoredArticle Article = new() { ArticleId = "a-1", Title = "Harbor news", Source = "Harbor Gazette", IngestedAt = DateTimeOffset.UnixEpoch, StoryId = 1, Summary = [] };

    [Theory]
    [InlineData("who urged Lena Whitcombe to veto the bill", "urged", "Lena|Whitcombe", "veto")]
    [InlineData("who sued the Harbor Authority", "sued", "Harbor|Authority", null)]
    [InlineData("who called the zoning order a land grab", "called", "zoning|order", "grab")]
    public void AskedDeed_ReadsTheVerbItsTargetAndTheVerbUnderIt(string question, string verb, string target, string? complement)
    {
        var deed = WhoExtractor.AskedDeed(LanguageModels.Default.Analyze(UdTokenizer.Tokenize(question)));

        Assert.NotNull(deed);
        Assert.Equal(verb, deed.Value.Verb);
        Assert.Equal(target.Split('|').ToHashSet(StringComparer.OrdinalIgnoreCase), deed.Value.Target.ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(complement, deed.Value.Complement);
    }

    [Theory]
    [InlineData("who did the Harbor Gazette endorse", "endorse", "Harbor|Gazette", null)]
    [InlineData("whom will Governor Ortiz nominate to the board", "nominate", "Governor|Ortiz", null)]
    [InlineData("who did Clinton encourage to listen to Pelosi", "encourage", "Clinton", "listen")]
    public void AskedObjectDeed_ReadsTheVerbTheNamedDoerAndTheVerbUnderIt(string question, string verb, string doer, string? complement)
    {
        var deed = WhoExtractor.AskedObjectDeed(question);

        Assert.NotNull(deed);
        Assert.Equal(verb, deed.Value.Verb);
        Assert.Equal(doer.Split('|').ToHashSet(StringComparer.OrdinalIgnoreCase), deed.Value.Doer.ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(complement, deed.Value.Complement);
    }

    [Theory]
    [InlineData("who criticized Tom Price")]
    [InlineData("who did the council hire")]
    public void AskedObjectDeed_OtherShapesOrNoNamedDoer_AreNone(string question) => Assert.Null(WhoExtractor.AskedObjectDeed(question));

    [Theory]
    [InlineData("who is the mayor of Eastvale")]
    [InlineData("who was arrested in Eastvale")]
    [InlineData("who did Ortiz invite to his office")]
    public void AskedDeed_OtherShapes_AreNone(string question) =>
        Assert.Null(WhoExtractor.AskedDeed(LanguageModels.Default.Analyze(UdTokenizer.Tokenize(question))));

    [Theory]
    [InlineData("who helped the campaign grow", "Doer")]
    [InlineData("who has criticized the mayor", "Doer")]
    [InlineData("who did not attend the hearing", "Doer")]
    [InlineData("who was nominated to head the army's supply arm", "DoneTo")]
    [InlineData("Who was found guilty of spot-fixing?", "DoneTo")]
    [InlineData("who did Al-Marri meet", "DoneTo")]
    [InlineData("To whom did the community pay tribute", "DoneTo")]
    [InlineData("who is the mayor of Buffalo", "Titled")]
    [InlineData("who is Lohan's lawyer?", "Titled")]
    [InlineData("who is Eagles head coach?", "Titled")]
    [InlineData("who is Obama meeting?", "Doer")]
    [InlineData("who was the first woman to fly the route", "Titled")]
    public void RoleAsked_ReadsWhichPartTheQuestionWants(string question, string expected) =>
        Assert.Equal(expected, WhoExtractor.RoleAsked(question).ToString());

    [Fact]
    public void Find_QuestionWordInAnotherNamesTitle_DoesNotBringThatNameNearer()
    {
        var hits = new[]
        {
            new SentenceHit(Article, 0, "But former harbor commissioner Ana Ruiz said there was still \"very deep\" disquiet about the plan among senior Tories.", 0),
            new SentenceHit(Article, 1, "Tory leader Tom Hale also faces a possible rebellion after deciding to back ferry tolls.", 0),
        };

        var found = WhoExtractor.Find("who said there was deep disquiet about ferry tolls among senior Tories", ["deep", "disquiet", "ferry", "tolls", "among", "senior", "tories"], WhoExtractor.Read(hits, LanguageModels.Default));

        Assert.EndsWith("Ana Ruiz", found?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ForWhoCalledSomethingAName_TakesTheSpeakerOfTheQuotationThatSaysIt()
    {
        var hits = new[]
        {
            new SentenceHit(Article, 0, "Mayor Paul Ruiz said Friday he is declaring an emergency on the harbor front.", 0),
            new SentenceHit(Article, 1, "\u201cThis is plainly a land grab,\u201d Senator Dana Hale said on Friday.", 0),
        };

        var found = WhoExtractor.Find("who called the emergency a land grab", ["called", "emergency", "land", "grab"], WhoExtractor.Read(hits, LanguageModels.Default));

        Assert.Equal("Senator Dana Hale", found?.Name);
    }

    [Fact]
    public void Find_APronounSpeakingTheQuotation_IsNamedByTheCallback()
    {
        var hits = new[]
        {
            new SentenceHit(Article, 0, "Rep. Dana Hale spoke to reporters at the harbor on Monday.", 0),
            new SentenceHit(Article, 1, "\"If they do not pass the budget, the harbor will face a double dip,\" she told reporters.", 0),
        };

        var found = WhoExtractor.Find("who warned of a double dip", ["warned", "double", "dip"], WhoExtractor.Read(hits, LanguageModels.Default),
            (hit, word) => hit.Position == 1 ? "Rep. Dana Hale" : null);

        Assert.Equal("Rep. Dana Hale", found?.Name);
    }

    [Fact]
    public void Find_SkipsANameTheQuestionSaysInAnotherForm()
    {
        var hits = new[]
        {
            new SentenceHit(Article, 0, "Wax on, wax off: does it make you want to save the rainforests?", 0),
            new SentenceHit(Article, 1, "When you see Lena Marsh getting her chest waxed, do you think about saving the rainforests?", 0),
        };

        var found = WhoExtractor.Find("Who got her chest waxed?", ["got", "chest", "waxed"], WhoExtractor.Read(hits, LanguageModels.Default));

        Assert.Equal("Lena Marsh", found?.Name); // "Wax" is the question's own "waxed", not who had it done
    }

    [Fact]
    public void Find_ASpanClosedOnATitle_NamesNoOne()
    {
        // "Eastvale Republican Gov." read by the recognizer as a name of its own, before the governor's name.
        var analysis = new SentenceAnalysis(
            ["Eastvale", "Republican", "Gov.", "Lena", "Whitcombe", "urged", "lawmakers", "to", "change", "the", "bill", "."],
            ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
            ["NNP", "NNP", "NNP", "NNP", "NNP", "VBD", "NNS", "TO", "VB", "DT", "NN", "."],
            [3, 3, 4, 6, 4, 0, 6, 9, 6, 11, 9, 6],
            ["compound", "compound", "compound", "nsubj", "flat", "root", "obj", "mark", "xcomp", "det", "obj", "punct"])
        {
            Entities = [new EntitySpan(0, 3, EntitySpan.Person), new EntitySpan(3, 5, EntitySpan.Person)],
        };
        var read = new[] { (new SentenceHit(Article, 0, "Eastvale Republican Gov. Lena Whitcombe urged lawmakers to change the bill.", 0), analysis) };

        var found = WhoExtractor.Find("Who urged Lena Whitcombe to reject the bill?", ["urged", "lena", "whitcombe", "reject", "bill"], read);

        Assert.NotEqual("Eastvale Republican Gov.", found?.Name);
    }

    [Fact]
    public void Find_TheHolderOfATitle_IsNotANameWhoseAppositionHasTheTitleCoordinatedWithIt()
    {
        // "approval by Ortiz , the city treasurer and the harbor director", read with the treasurer set beside Ortiz and
        // the director coordinated with the treasurer: Ortiz is the treasurer, not the director.
        var analysis = new SentenceAnalysis(
            ["approval", "by", "Ortiz", ",", "the", "city", "treasurer", "and", "the", "harbor", "director", "."],
            ["NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "CCONJ", "DET", "NOUN", "NOUN", "PUNCT"],
            ["NN", "IN", "NNP", ",", "DT", "NN", "NN", "CC", "DT", "NN", "NN", "."],
            [0, 3, 1, 7, 7, 7, 3, 11, 11, 11, 7, 1],
            ["root", "case", "nmod", "punct", "det", "compound", "appos", "cc", "det", "compound", "conj", "punct"])
        {
            Entities = [new EntitySpan(2, 3, EntitySpan.Person)],
        };
        var read = new[] { (new SentenceHit(Article, 0, "approval by Ortiz, the city treasurer and the harbor director.", 0), analysis) };

        Assert.Null(WhoExtractor.Find("who is the harbor director", ["harbor", "director"], read, holdersOnly: true));
        Assert.Equal("Ortiz", WhoExtractor.Find("who is the city treasurer", ["city", "treasurer"], read, holdersOnly: true)?.Name);
    }

    [Fact]
    public void Find_PassingOverANameAlreadyGiven_PassesOverItsLongerForms()
    {
        var hits = new[] { new SentenceHit(Article, 0, "The award went to Navy Adm. Paul Hale, the harbor director, on Friday.", 0) };
        var read = WhoExtractor.Read(hits, LanguageModels.Default);

        var first = WhoExtractor.Find("who is the harbor director", ["harbor", "director"], read, holdersOnly: true);
        var next = WhoExtractor.Find("who is the harbor director", ["harbor", "director"], read, holdersOnly: true, excluded: new HashSet<string>(StringComparer.Ordinal) { "hale" }); // "Hale", as an earlier sentence wrote him

        Assert.EndsWith("Paul Hale", first?.Name, StringComparison.Ordinal);
        Assert.Null(next);
    }

    [Fact]
    public void Find_AQuestionWithTheInItStillFindsANameThatStartsWithThe()
    {
        var hits = new[] { new SentenceHit(Article, 0, "The Eastvale Harbor Board said Friday that the ferry strike in Marston had ended.", 0) };

        var found = WhoExtractor.Find("Who says the ferry strike has ended?", ["says", "ferry", "strike", "ended"], WhoExtractor.Read(hits, LanguageModels.Default));

        Assert.Equal("Eastvale Harbor Board", found?.Name); // "the" does not make it a name the question already says
    }

    [Fact]
    public void Find_ANameAfterAPersonsTitleThatTheRecognizerLeftOut_IsAPerson()
    {
        // "The vote pitched Mayor Ortiz against opposition leader Tomas Varga", read as the recognizer sometimes
        // reads it: "Varga" hangs on "leader" and is typed as no name; "Eastvale" is typed as a place.
        var analysis = new SentenceAnalysis(
            ["Eastvale", "'s", "vote", "pitched", "Mayor", "Ortiz", "against", "opposition", "leader", "Tomas", "Varga", "."],
            ["PROPN", "PART", "NOUN", "VERB", "PROPN", "PROPN", "ADP", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT"],
            ["NNP", "POS", "NN", "VBD", "NNP", "NNP", "IN", "NN", "NN", "NNP", "NNP", "."],
            [3, 1, 4, 0, 6, 4, 9, 9, 4, 9, 10, 4],
            ["nmod:poss", "case", "nsubj", "root", "compound", "obj", "case", "compound", "obl", "appos", "flat", "punct"])
        {
            Entities = [new EntitySpan(0, 1, EntitySpan.Place)],
        };
        var read = new[] { (new SentenceHit(Article, 0, "Eastvale's vote pitched Mayor Ortiz against opposition leader Tomas Varga.", 0), analysis) };

        var found = WhoExtractor.Find("Who is challenging Mayor Ortiz?", ["challenging", "mayor", "ortiz"], read);

        Assert.Equal("Tomas Varga", found?.Name);
    }
}
