using BriefingBot.Core.Language.Coreference;

namespace BriefingBot.Core.Tests.Language.Coreference;

public sealed class CoreferenceResolverTests
{
    private static Mention Name(int sentence, int start, string head, string type) => new(sentence, start, start + 1, head, "PROPN", head, type);

    private static Mention Pronoun(int sentence, int start, string word) => new(sentence, start, start + 1, word, "PRON", word, null);

    private static Mention Noun(int sentence, int start, string first, string head, string type) => new(sentence, start, start + 2, head, "NOUN", first, type, Plural: head.EndsWith('s'));

    [Fact]
    public void Resolve_PronounsNamesAndDefiniteDescriptions_JoinTheRightChains()
    {
        // "Guaido urged the senators to reject a bill. He said it was unjust. Guaido called the bill a fraud, and they disagreed."
        var mentions = new List<Mention>
        {
            Name(0, 0, "Guaido", "person"),          // 0
            Noun(0, 2, "the", "senators", "person"), // 1
            Noun(0, 6, "a", "bill", "abstract"),     // 2
            Pronoun(1, 0, "He"),                     // 3 → Guaido
            Pronoun(1, 2, "it"),                     // 4 → the bill
            Name(2, 0, "Guaido", "person"),          // 5 → Guaido
            Noun(2, 2, "the", "bill", "abstract"),   // 6 → a bill
            Pronoun(2, 6, "They"),                   // 7 → the senators
        };

        var chains = CoreferenceResolver.Resolve(mentions);

        Assert.Equal(chains[0], chains[3]);
        Assert.Equal(chains[0], chains[5]);
        Assert.Equal(chains[2], chains[4]);
        Assert.Equal(chains[2], chains[6]);
        Assert.Equal(chains[1], chains[7]);
        Assert.Equal(3, chains.Distinct().Count());
    }

    [Fact]
    public void Resolve_PronounOpeningASentence_StandsForTheLastSentencesMainSubject_NotANearerName()
    {
        // "Mr Hain told the radio that Mr Howard's stance was wrong. He then accused the Tory leader…"
        var mentions = new List<Mention>
        {
            Name(0, 0, "Hain", "person") with { Subject = true }, // 0
            Name(0, 5, "Howard", "person"),                        // 1, nearer but inside the clause
            Pronoun(1, 0, "He") with { Subject = true },           // 2 → Hain
            Pronoun(1, 4, "his"),                                  // 3 → He (same sentence: the nearest)
        };

        var chains = CoreferenceResolver.Resolve(mentions);

        Assert.Equal(chains[0], chains[2]);
        Assert.Equal(chains[0], chains[3]);
        Assert.NotEqual(chains[0], chains[1]);
    }

    [Fact]
    public void Resolve_AMainSubjectThePronounCannotMean_LeavesItTheNearestName()
    {
        // "The ministry said Mr Howard was wrong. He then…": the subject is no person.
        var mentions = new List<Mention>
        {
            Noun(0, 0, "The", "ministry", "organization") with { Subject = true },
            Name(0, 3, "Howard", "person"),
            Pronoun(1, 0, "He") with { Subject = true },
        };

        var chains = CoreferenceResolver.Resolve(mentions);

        Assert.Equal(chains[1], chains[2]);
    }

    [Fact]
    public void Resolve_PronounFarFromAnyAntecedent_StartsItsOwnChain()
    {
        var chains = CoreferenceResolver.Resolve([Name(0, 0, "Brewer", "person"), Pronoun(5, 0, "she")]);

        Assert.NotEqual(chains[0], chains[1]);
    }

    [Fact]
    public void Resolve_HeNeverStandsForAPlace()
    {
        var chains = CoreferenceResolver.Resolve([Name(0, 0, "Maduro", "person"), Name(0, 3, "Caracas", "place"), Pronoun(1, 0, "he")]);

        Assert.Equal(chains[0], chains[2]);
    }
}
