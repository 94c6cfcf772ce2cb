using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public sealed class WhoExtractorTests
{
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
    [InlineData("who was the first woman to fly the route", "Titled")]
    public void RoleAsked_ReadsWhichPartTheQuestionWants(string question, string expected) =>
        Assert.Equal(expected, WhoExtractor.RoleAsked(question).ToString());
}
