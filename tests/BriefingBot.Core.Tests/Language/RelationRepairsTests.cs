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
    [InlineData("In a blow to Dana Hollings , the Senate voted .", "3 3 10 5 3 5 9 9 5 0 10", "case det obl case nmod flat punct det conj root punct")] // not set off after
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
    public void AnalyzeSyntax_ActiveSubjectOfAPerfect_IsNoPassiveSubject()
    {
        var analysis = LanguageModels.Default.AnalyzeSyntax(UdTokenizer.Tokenize("The senator has backed the plan."));

        Assert.Equal("nsubj", analysis.Relations[Array.IndexOf(analysis.Words, "senator")]);
    }

    private static (string[] Words, int[] Heads, string[] Relations) Tree(string sentence, string heads, string relations) =>
        (sentence.Split(' '), heads.Split(' ').Select(int.Parse).ToArray(), relations.Split(' '));
}
