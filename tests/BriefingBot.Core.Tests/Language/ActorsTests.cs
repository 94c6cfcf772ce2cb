using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Entities;

namespace BriefingBot.Core.Tests.Language;

public sealed class ActorsTests
{
    [Fact]
    public void Find_NamesInSeveralForms_AreOneActorCountedTogether()
    {
        IReadOnlyList<string> first =
        [
            "Opposition leader Juan Guaido wrote to Russia and China on Thursday.",
            "Guaido said the letters asked both governments to change sides.",
            "The U.S. recognized Guaido last week.",
        ];
        IReadOnlyList<string> second =
        [
            "The United States and Canada back Guaido.",
            "Moscow warned against foreign interference.",
            "Russia has lent heavily to the government of President Nicolas Maduro.",
        ];

        var actors = Actors.Find([first, second], LanguageModels.Default);

        var guaido = Assert.Single(actors, a => a.Name.Contains("Guaido", StringComparison.Ordinal));
        Assert.Equal(4, guaido.Mentions);
        Assert.Equal("person", guaido.Type);
        Assert.Equal(actors[0], guaido);
        var us = Assert.Single(actors, a => a.Name == "United States");
        Assert.Equal(2, us.Mentions);
        var russia = Assert.Single(actors, a => a.Name == "Russia");
        Assert.Equal(3, russia.Mentions); // "Moscow warned": the capital acting as its government
        Assert.DoesNotContain(actors, a => a.Name is "U.S." or "Moscow");
    }

    [Fact]
    public void Find_CapitalThatDoesNotAct_StaysAPlace()
    {
        IReadOnlyList<string> article =
        [
            "Talks were held in Moscow on Monday.",
            "Delegates flew to Moscow from Caracas.",
        ];

        var actors = Actors.Find([article], LanguageModels.Default);

        Assert.Contains(actors, a => a.Name == "Moscow");
        Assert.DoesNotContain(actors, a => a.Name == "Russia");
    }
}
