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
    [InlineData("who castigated Lena Ortiz", QuestionKind.Opponents, "Lena Ortiz")]
    [InlineData("who has lauded the mayor", QuestionKind.Supporters, "the mayor")]
    [InlineData("who is vilifying Ruiz", QuestionKind.Opponents, "Ruiz")]
    [InlineData("who called on Brewer to resign", QuestionKind.Opponents, "Brewer")]
    [InlineData("who called on Roy Moore to step aside", QuestionKind.Opponents, "Roy Moore")]
    [InlineData("who called on Brewer to step down", QuestionKind.Opponents, "Brewer")]
    [InlineData("who criticized the plan", QuestionKind.Opponents, "the plan")]
    [InlineData("who defended Tlaib", QuestionKind.Supporters, "Tlaib")]
    [InlineData("who praised Mayor Vale", QuestionKind.Supporters, "Mayor Vale")]
    [InlineData("who has been defending the mayor", QuestionKind.Supporters, "the mayor")]
    [InlineData("who rallied behind Vale", QuestionKind.Supporters, "Vale")]
    [InlineData("who stood by Vale", QuestionKind.Supporters, "Vale")]
    [InlineData("who lambasted Vale", QuestionKind.Opponents, "Vale")]
    [InlineData("who is criticizing the mayor", QuestionKind.Opponents, "the mayor")]
    [InlineData("who bashed Schumer", QuestionKind.Opponents, "Schumer")]
    [InlineData("who accused Schiff of lying", QuestionKind.Opponents, "Schiff")]
    [InlineData("who slammed Trump for his comments", QuestionKind.Opponents, "Trump")]
    [InlineData("who criticized the Bank of England", QuestionKind.Opponents, "the Bank of England")]
    [InlineData("who spoke out against the bill", QuestionKind.Opponents, "the bill")]
    [InlineData("who came out against the tax", QuestionKind.Opponents, "the tax")]
    [InlineData("who urged Akin to drop out", QuestionKind.Opponents, "Akin")]
    [InlineData("who asked Vale to withdraw from the race", QuestionKind.Opponents, "Vale")]
    [InlineData("who demanded Schiff's resignation", QuestionKind.Opponents, "Schiff")]
    [InlineData("who called for Vale's ouster", QuestionKind.Opponents, "Vale")]
    [InlineData("who sued Colorado", QuestionKind.Opponents, "Colorado")]
    [InlineData("Who is suing the Harbor Authority?", QuestionKind.Opponents, "the Harbor Authority")]
    public void Parse_StanceQuestion_FindsKindAndTarget(string question, QuestionKind kind, string target)
    {
        var parsed = QuestionParser.Parse(question);

        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(target, parsed.Target);
    }

    [Theory]
    [InlineData("who accused Vale of treating the harbor fund like a piggy bank", "treating|harbor|fund|like|piggy|bank")]
    [InlineData("who slammed Trump for his comments", "comments")]
    [InlineData("who criticized the Bank of England", "")]
    [InlineData("who backs Guaido", "")]
    public void Parse_StanceQuestion_KeepsWhatItAddsAfterTheTarget(string question, string reason) =>
        Assert.Equal(reason.Length == 0 ? [] : reason.Split('|'), QuestionParser.Parse(question).Reason);

    [Theory]
    [InlineData("who backs the plan for an elected second chamber", "the plan for an elected second chamber")]
    [InlineData("who criticised the detention of foreign terror suspects", "the detention of foreign terror suspects")]
    [InlineData("who criticized the governor for his remarks", "the governor")] // a possessive's: why
    [InlineData("who praised the plan for cutting fares", "the plan")] // a gerund's: why
    [InlineData("who criticized Vale for the ferry deal", "Vale")] // after a name: why
    public void Parse_OfOrForAfterACommonNoun_BelongsToTheTarget(string question, string target) =>
        Assert.Equal(target, QuestionParser.Parse(question).Target);

    [Theory]
    [InlineData("which countries back Maduro", true)]
    [InlineData("What nations oppose the embargo?", true)]
    [InlineData("who backs Maduro", false)]
    [InlineData("which senators criticized Steele", false)]
    public void Parse_WhichCountries_AsksForCountriesOnly(string question, bool countries) =>
        Assert.Equal(countries, QuestionParser.Parse(question).AsksForCountries);

    [Theory]
    [InlineData("who won the national cup", QuestionKind.Who)]
    [InlineData("who urged Jan Brewer to veto the bill", QuestionKind.Who)] // asks her to act, takes no side on her
    [InlineData("who did Vale criticize", QuestionKind.Who)] // asks for the one criticized
    [InlineData("who voted against the ferry plan", QuestionKind.Who)] // asks who did it: a name, not sides
    [InlineData("who attacked the embassy", QuestionKind.Who)]
    [InlineData("who is challenging President Kibaki", QuestionKind.Who)]
    [InlineData("who was backed by the unions", QuestionKind.Who)] // asks for the one backed
    [InlineData("what country is applauded for finding ways to improve health care", QuestionKind.Open)]
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
