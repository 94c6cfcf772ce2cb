using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

public sealed class NameFinderTests
{
    [Theory]
    [InlineData("Col. Jose Silva", "Jose Silva")]
    [InlineData("Susan E. Rice", "Susan Rice")]
    [InlineData("the United States", "United States")]
    public void Identity_LeavesOutTitlesArticlesAndMiddleInitials(string name, string same) =>
        Assert.Equal(NameFinder.Identity(same), NameFinder.Identity(name));

    [Theory]
    [InlineData("Following President Ana Vale's speech, the council voted.", "President Ana Vale")]
    [InlineData("Despite Ortiz's warning, the plan passed.", "Ortiz")]
    public void Find_APrepositionThatOpensTheSentence_IsNoPartOfAName(string sentence, string name)
    {
        var tokens = SentenceToken.Tokenize(sentence);

        Assert.Equal(name, NameFinder.Find(tokens, 0, tokens.Count)[0].Name);
    }

    [Theory]
    [InlineData("He asked why ministers attacked the ferry plan.", "ministers")]
    [InlineData("She said senior ministers would back the plan.", "senior ministers")]
    [InlineData("The plan now faces opposition from angry peers.", "angry peers")]
    public void Find_AGroupNoun_TakesItsModifiersButNoPronounOrVerbBeforeThem(string sentence, string name)
    {
        var tokens = SentenceToken.Tokenize(sentence);

        Assert.Equal([name], NameFinder.Find(tokens, 0, tokens.Count).Select(n => n.Name));
    }

    [Theory]
    [InlineData("J. Smith", "Smith")] // a first initial is part of the name
    [InlineData("Susan Rice", "Susan Ruiz")]
    public void Identity_KeepsWhatTellsPeopleApart(string name, string other) =>
        Assert.NotEqual(NameFinder.Identity(other), NameFinder.Identity(name));
}
