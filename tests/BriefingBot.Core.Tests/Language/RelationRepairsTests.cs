using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Parsing;

namespace BriefingBot.Core.Tests.Language;

public sealed class RelationRepairsTests
{
    [Theory]
    [InlineData("The senator has backed the plan .", "2 4 4 0 6 4 4", "det nsubj:pass aux root det obj punct")]
    [InlineData("Unions backed the strike .", "2 0 4 2 2", "nsubj:pass root det obj punct")]
    public void Repair_PassiveSubjectWithNoPassiveAuxiliaryButHaveOrAnObject_IsTheActiveSubject(string sentence, string heads, string relations)
    {
        var (words, h, r) = Tree(sentence, heads, relations);

        Assert.Equal(1, RelationRepairs.Repair(words, h, r));
        Assert.Contains("nsubj", r);
        Assert.DoesNotContain("nsubj:pass", r);
    }

    [Theory]
    [InlineData("The plan was backed by the senator .", "2 4 4 0 7 7 4 4", "det nsubj:pass aux:pass root case det obl:agent punct")]
    [InlineData("The plan has been backed .", "2 5 5 5 0 5", "det nsubj:pass aux aux:pass root punct")]
    public void Repair_PassiveSubjectOfAPassiveVerb_IsLeftAlone(string sentence, string heads, string relations)
    {
        var (words, h, r) = Tree(sentence, heads, relations);

        Assert.Equal(0, RelationRepairs.Repair(words, h, r));
        Assert.Equal(relations.Split(' '), r);
    }

    [Fact]
    public void Repair_ConjunctWithAnArticleSetOffByCommas_IsAnApposition()
    {
        var (words, h, r) = Tree("Dana Hollings , an Eastvale Democrat , praised the plan .", "8 1 6 6 6 1 1 0 10 8 8", "nsubj flat punct det compound conj punct root det obj punct");

        Assert.Equal(1, RelationRepairs.Repair(words, h, r));
        Assert.Equal("appos", r[5]);
    }

    [Theory]
    [InlineData("Dana Hollings , the mayor and the governor praised the plan .", "9 1 5 5 1 8 8 1 0 11 9 9", "nsubj flat punct det conj cc det conj root det obj punct")] // a list
    public void Repair_ConjunctOfAListOrNotSetOff_IsLeftAlone(string sentence, string heads, string relations)
    {
        var (words, h, r) = Tree(sentence, heads, relations);

        Assert.Equal(0, RelationRepairs.Repair(words, h, r));
        Assert.Equal(relations.Split(' '), r);
    }

    [Fact]
    public void Repair_SubjectReadAsAConjunctOfTheOpeningPhrase_IsTheSubjectOfTheVerbWithNone()
    {
        var (words, h, r) = Tree("On Thursday , Ana Ruiz , D-Ohio , announced her opposition .", "2 9 5 5 2 7 2 2 0 11 9 9", "case obl punct compound conj punct conj punct root nmod:poss obj punct");

        Assert.Equal(2, RelationRepairs.Repair(words, h, r));
        Assert.Equal((9, "nsubj"), (h[4], r[4]));
        Assert.Equal((5, "appos"), (h[6], r[6]));
    }

    [Theory]
    [InlineData("On Monday , Tuesday and Friday , ran the ferries .", "2 8 4 2 6 2 8 0 10 8 8", "case obl punct conj cc conj punct root det obj punct")] // a list of days
    [InlineData("On Thursday , Ana Ruiz , D-Ohio , they announced it .", "2 10 5 5 2 7 2 2 10 0 10 10", "case obl punct compound conj punct conj punct nsubj root obj punct")] // the verb has its subject
    public void Repair_ConjunctsOfAnOpeningPhraseInAListOrBeforeAVerbWithASubject_AreLeftAlone(string sentence, string heads, string relations)
    {
        var (words, h, r) = Tree(sentence, heads, relations);

        Assert.Equal(0, RelationRepairs.Repair(words, h, r));
        Assert.Equal(relations.Split(' '), r);
    }

    [Theory]
    [InlineData("Following in the steps of House Democrats , Senate Democrats rejected the plan .", "11 4 4 1 7 7 4 10 10 7 0 13 11 11", "advcl case det obl case compound nmod punct compound conj root det obj punct", 9, 11)]
    [InlineData("In a blow to Dana Hollings , the Senate voted .", "3 3 10 5 3 5 9 9 5 0 10", "case det obl case nmod flat punct det conj root punct", 8, 10)] // no apposition: not set off after
    public void Repair_SubjectReadAsAConjunctDeepInALongerOpeningPhrase_IsTheSubjectOfTheVerbWithNone(string sentence, string heads, string relations, int subject, int verb)
    {
        var (words, h, r) = Tree(sentence, heads, relations);

        Assert.Equal(1, RelationRepairs.Repair(words, h, r));
        Assert.Equal((verb, "nsubj"), (h[subject], r[subject]));
    }

    [Fact]
    public void Repair_NamesSideBySideReadAsAList_AreOneNameHeadedByTheLater()
    {
        // Harbor Board Chair Dana Hale , D-Eastvale , said … : "Harbor Board" and "Chair Dana Hale" read as a list.
        var (words, h, r) = Tree(
            "Harbor Board Chair Dana Hale , D-Eastvale , said it .",
            "2 9 4 2 4 7 2 2 0 9 9",
            "compound nsubj compound conj flat punct conj punct root obj punct");

        Assert.Equal(2, RelationRepairs.Repair(words, h, r));
        Assert.Equal((9, "nsubj"), (h[3], r[3]));
        Assert.Equal((4, "compound"), (h[1], r[1]));
        Assert.Equal(4, h[6]); // what followed the name is the whole name's
    }

    [Theory]
    [InlineData("Harbor Board , Dana Hale and Tom Price said it .", "2 9 4 2 4 7 2 7 0 9 9", "compound nsubj punct conj flat cc conj flat root obj punct")] // a list
    [InlineData("WASHINGTON ― Dana Hale said it .", "5 1 1 3 0 5 5", "nsubj flat conj flat root obj punct")] // a dateline's dash between
    [InlineData("WASHINGTON ― Dana Hale said it .", "5 3 1 3 0 5 5", "nsubj nsubj conj flat root obj punct")] // the dash read into the later name
    public void Repair_NamesWithSomethingBetween_AreLeftAsTheyAre(string sentence, string heads, string relations)
    {
        var (words, h, r) = Tree(sentence, heads, relations);

        Assert.Equal(0, RelationRepairs.Repair(words, h, r));
        Assert.Equal(relations.Split(' '), r);
    }

    [Fact]
    public void Repair_NameReadAsASecondSubjectOfTheRelativeClauseAfterIt_IsTheSubjectOfTheVerbWithNone()
    {
        // Ruiz , who declared herself mayor , has said she will stay .
        var (words, h, r) = Tree("Ruiz , who declared herself mayor , has said she will stay .", "4 4 4 9 4 4 4 9 0 12 12 9 9", "nsubj punct nsubj ccomp obj xcomp punct aux root nsubj aux ccomp punct");

        Assert.Equal(2, RelationRepairs.Repair(words, h, r));
        Assert.Equal((9, "nsubj"), (h[0], r[0]));
        Assert.Equal((1, "acl:relcl"), (h[3], r[3]));
    }

    [Fact]
    public void Repair_RelativeClauseWhoseGovernorHasASubject_IsLeftAlone()
    {
        var relations = "nsubj punct nsubj ccomp obj xcomp punct nsubj aux root nsubj aux ccomp punct";
        var (words, h, r) = Tree("Ruiz , who declared herself mayor , they have said she will stay .", "4 4 4 10 4 4 4 10 10 0 13 13 10 10", relations);

        Assert.Equal(0, RelationRepairs.Repair(words, h, r));
        Assert.Equal(relations.Split(' '), r);
    }

    [Fact]
    public void Repair_VerbReadAsAClauseOnTheAppositionAfterAnOpeningName_IsTheSentencesVerbWithTheNameItsSubject()
    {
        // Dana Ruiz , chairwoman of a harbor advisory board , proposed four routes .
        var (words, h, r) = Tree(
            "Dana Ruiz , chairwoman of a harbor advisory board , proposed four routes .",
            "9 1 4 1 7 7 9 9 0 11 9 13 11 9",
            "nsubj flat punct appos case det nmod amod root punct acl nummod obj punct");
        var upos = "PROPN PROPN PUNCT NOUN ADP DET NOUN ADJ NOUN PUNCT VERB NUM NOUN PUNCT".Split(' ');

        Assert.Equal(2, RelationRepairs.Repair(words, h, r, upos));
        Assert.Equal((0, "root"), (h[10], r[10]));
        Assert.Equal((11, "nsubj"), (h[0], r[0]));
        Assert.Equal((4, "nmod"), (h[8], r[8])); // the apposition keeps its noun
        Assert.Equal(11, h[13]); // and the full stop goes to the verb
    }

    [Theory]
    [InlineData("The plan , drafted by the board , angered many .", "4 1 4 0 7 7 4 4 10 4 10 4", "det nsubj punct root case det obl punct acl amod obj punct", "DET NOUN PUNCT VERB ADP DET NOUN PUNCT VERB ADJ NOUN PUNCT")] // no opening name
    [InlineData("Dana Ruiz , a lawyer , hired by the firm , spoke .", "12 1 5 5 1 7 0 10 10 7 12 7 12", "nsubj flat punct det appos punct root case det obl punct acl punct", "PROPN PROPN PUNCT DET NOUN PUNCT VERB ADP DET NOUN PUNCT VERB PUNCT")] // the verb after the apposition has no object
    [InlineData("Dana Ruiz , chairwoman of the board , she said the routes were chosen .", "11 1 4 1 7 7 4 4 11 11 0 13 14 15 11 11", "nsubj flat punct appos case det nmod punct nsubj acl root det nsubj aux ccomp punct", "PROPN PROPN PUNCT NOUN ADP DET NOUN PUNCT PRON VERB VERB DET NOUN AUX VERB PUNCT")] // no verb right after the apposition
    public void Repair_NoOpeningNameApposedBeforeAVerbWithAnObjectAndNoSubject_IsLeftAlone(string sentence, string heads, string relations, string tags)
    {
        var (words, h, r) = Tree(sentence, heads, relations);

        Assert.Equal(0, RelationRepairs.Repair(words, h, r, tags.Split(' ')));
        Assert.Equal(relations.Split(' '), r);
    }

    [Fact]
    public void AnalyzeSyntax_NameWithATitleSetOffByCommasBeforeTheVerb_IsTheVerbsSubject()
    {
        var analysis = LanguageModels.Default.AnalyzeSyntax(UdTokenizer.Tokenize("Dana Ruiz, head of a city community advisory agency, proposed four alternative routes for the ferry."));

        var verb = Array.IndexOf(analysis.Words, "proposed");
        Assert.Equal((0, "root"), (analysis.Heads[verb], analysis.Relations[verb]));
        Assert.Equal((verb + 1, "nsubj"), (analysis.Heads[0], analysis.Relations[0]));
    }

    [Fact]
    public void AnalyzeSyntax_ActiveSubjectOfAPerfect_IsNoPassiveSubject()
    {
        var analysis = LanguageModels.Default.AnalyzeSyntax(UdTokenizer.Tokenize("The senator has backed the plan."));

        Assert.Equal("nsubj", analysis.Relations[Array.IndexOf(analysis.Words, "senator")]);
    }

    private static (string[] Words, int[] Heads, string[] Relations) Tree(string sentence, string heads, string relations) =>
        (sentence.Split(' '), heads.Split(' ').Select(int.Parse).ToArray(), relations.Split(' '));
}
