using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public sealed class QuestionParserTests
{
    [Theory]
    [InlineData("who backs Guaido", QuestionKind.Supporters, "Guaido")]
    [InlineData("Who supports Juan Guaido?", QuestionKind.Supporters, "Juan Guaido")]
    [InlineData("which countries back Maduro", QuestionKind.Supporters, "Maduro")]
    [InlineData("who is behind the fare freeze", QuestionKind.Supporters, "the fare freeze")]
    [InlineData("who recognizes Guaido now?", QuestionKind.Supporters, "Guaido")]
    [InlineData("who opposes the fare freeze", QuestionKind.Opponents, "the fare freeze")]
    [InlineData("who is against the bill", QuestionKind.Opponents, "the bill")]
    [InlineData("who called on Brewer to resign", QuestionKind.Opponents, "Brewer")]
    [InlineData("who called on Roy Moore to step aside", QuestionKind.Opponents, "Roy Moore")]
    [InlineData("who called on Brewer to step down", QuestionKind.Opponents, "Brewer")]
    [InlineData("who criticized the plan", QuestionKind.Opponents, "the plan")]
    public void Parse_StanceQuestion_FindsKindAndTarget(string question, QuestionKind kind, string target)
    {
        var parsed = QuestionParser.Parse(question);

        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(target, parsed.Target);
    }

    [Theory]
    [InlineData("which countries back Maduro", true)]
    [InlineData("What nations oppose the embargo?", true)]
    [InlineData("who backs Maduro", false)]
    [InlineData("which senators criticized Steele", false)]
    public void Parse_WhichCountries_AsksForCountriesOnly(string question, bool countries) =>
        Assert.Equal(countries, QuestionParser.Parse(question).AsksForCountries);

    [Theory]
    [InlineData("who won the national cup", QuestionKind.Who)]
    [InlineData("what happened with Storm Imara", QuestionKind.Open)]
    [InlineData("when does the fare freeze start", QuestionKind.Open)]
    public void Parse_OtherQuestions_HaveNoTarget(string question, QuestionKind kind)
    {
        var parsed = QuestionParser.Parse(question);

        Assert.Equal(kind, parsed.Kind);
        Assert.Null(parsed.Target);
        Assert.NotEmpty(parsed.Terms);
    }
}
