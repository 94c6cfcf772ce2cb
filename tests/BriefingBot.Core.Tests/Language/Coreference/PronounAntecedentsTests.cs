using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Coreference;

namespace BriefingBot.Core.Tests.Language.Coreference;

public sealed class PronounAntecedentsTests
{
    private static List<SentenceAnalysis> Read(params string[] sentences) =>
        sentences.Select(s => LanguageModels.Default.Analyze(UdTokenizer.Tokenize(s))).ToList();

    [Fact]
    public void NameFor_He_IsTheLastPersonNamedBefore()
    {
        var passage = Read("The Harbor Council met on Tuesday.", "Councillor Daniel Ortiz spoke first.", "He called the budget a mistake.");

        Assert.Equal("Councillor Daniel Ortiz", PronounAntecedents.NameFor(passage, 0)); // the title stays for display
    }

    [Fact]
    public void NameFor_HeReportedByAVerbTheParseLeftWithoutSubject_IsThePersonRightBeforeIt_NotAPairNamedEarlier()
    {
        var passage = Read("Ana Vale chaired the session.", "Just hours before Ana Vale and Tom Reyes announced their decisions, Senate Ferry Committee Chairman Dana Hollings, D-Vermont, announced he would vote against the Whitcombe nomination.");
        var he = Array.IndexOf(passage[^1].Words, "he");

        var name = PronounAntecedents.NameFor(passage, he);

        Assert.NotNull(name);
        Assert.EndsWith("Dana Hollings", name, StringComparison.Ordinal);
    }

    [Fact]
    public void NameFor_He_IsThePreviousSentencesSubject_NotAPossessiveNameInsideItsClause()
    {
        // Both possessive names end in "'s": that ending is no head word that would make them one chain.
        var passage = Read("Mr Hain told Harbor Radio's morning programme that Mr Howard's stance on the ferry tolls was putting the town at risk.", "He then accused the council leader of behaving badly.");

        Assert.Equal("Mr Hain", PronounAntecedents.NameFor(passage, 0));
    }

    [Fact]
    public void NameFor_They_IsTheLastGroupNamedBefore()
    {
        var passage = Read("Senior military figures met in Caracas.", "They pledged their support.");

        Assert.Equal("Senior military figures", PronounAntecedents.NameFor(passage, 0));
    }

    [Fact]
    public void NameFor_They_IsTheGroupWithTheBodyAProperNounNames()
    {
        var passage = Read("The leaders of the Eastvale harbor committee met on Monday.", "They fined the ferry company.");

        Assert.Equal("leaders of the Eastvale harbor committee", PronounAntecedents.NameFor(passage, 0));
    }

    [Theory]
    [InlineData("Lena Ortiz, the party chairwoman for Eastvale, told Mr. Hale that she would back the ferry plan.", "she", "Lena Ortiz")]
    [InlineData("Paul Ruiz told reporters at the harbor that he would back Mayor Tom Hale.", "he", "Paul Ruiz")]
    public void NameFor_SubjectOfWhatAVerbOfSayingReports_IsTheOneWhoSaysIt(string sentence, string pronoun, string expected)
    {
        var passage = Read(sentence);

        Assert.Equal(expected, PronounAntecedents.NameFor(passage, Array.IndexOf(passage[0].Words, pronoun)));
    }

    [Theory]
    [InlineData( // outside the quotation: not a name it holds
        "Councillor Daniel Ortiz left the party on Monday.",
        "In a letter he wrote: \"It is best that Ana Ruiz rather than Tom Hale should lead the council.\"",
        "He also criticised the ferry plan.",
        "Councillor Daniel Ortiz")]
    [InlineData( // inside a quotation begun in an earlier sentence: a name it holds
        "The Harbor Gazette wrote about the row:",
        "\u201cNow, Ortiz\u2019s actions are only partly defensible.",
        "He need not have shouted at the students.",
        "Ortiz")]
    public void NameFor_PronounAndQuotations_NamesAQuotedNameOnlyFromInsideTheQuotation(string first, string second, string third, string expected) =>
        Assert.Equal(expected, PronounAntecedents.NameFor(Read(first, second, third), 0));

    [Fact]
    public void NameFor_NoCompatibleNameInThePassage_IsNull()
    {
        var passage = Read("The budget was published on Tuesday.", "She called it a mistake.");

        Assert.Null(PronounAntecedents.NameFor(passage, 0));
    }

    [Fact]
    public void NameFor_PronounStandingForAThingOrUnnamedPeople_IsNull()
    {
        var letter = Read("Iran was not mentioned by Ortiz.", "The letter from the minister arrived on Monday.", "Instead, it condemned the budget.");
        var critics = Read("Senior officials met in Caracas.", "Critics have said the plan is weak.", "They have criticized Ortiz.");

        Assert.Null(PronounAntecedents.NameFor(letter, 2));
        Assert.Null(PronounAntecedents.NameFor(critics, 0));
    }

    [Fact]
    public void NameFor_PronounAfterItsOwnClausesSubject_IsSomeoneElse()
    {
        var passage = Read("Mayor Lena Whitcombe lost the vote on Tuesday.", "Daniel Ortiz then called for her resignation.");
        var words = passage[1].Words;

        Assert.Equal("Mayor Lena Whitcombe", PronounAntecedents.NameFor(passage, Array.IndexOf(words, "her")));
    }

    [Fact]
    public void NameFor_AWordThatIsNotAPronoun_IsNull()
    {
        var passage = Read("Daniel Ortiz spoke first.", "Ortiz called the budget a mistake.");

        Assert.Null(PronounAntecedents.NameFor(passage, 0));
    }
}
