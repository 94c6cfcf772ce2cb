namespace BriefingBot.Core.Language.Coreference;

/// <summary>
/// Links the mentions of one document into chains, by rules that read like an editor's: a pronoun goes to the
/// nearest earlier mention it can stand for ("he" and "she" to one person, "it" to one thing, "they" to a plural or
/// another "they", "I" and "we" to the speaker's last "I" or "we") within the last two sentences, or, when that is in
/// an earlier sentence, to that sentence's main subject if the subject can be meant; a name goes to an
/// earlier name with the same head word ("Guaido" → "Juan Guaido"); a definite description goes to an earlier
/// mention with the same head noun ("the bill" → "a bill to …"). Everything else starts a chain of its own.
/// </summary>
public static class CoreferenceResolver
{
    private const int PronounReach = 2;

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "himself", "she", "her", "hers", "herself" };
    private static readonly HashSet<string> ThingPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "its", "itself" };
    private static readonly HashSet<string> PluralPronouns = new(StringComparer.OrdinalIgnoreCase) { "they", "them", "their", "theirs", "themselves" };
    private static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase) { "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves" };
    private static readonly HashSet<string> SecondPerson = new(StringComparer.OrdinalIgnoreCase) { "you", "your", "yours", "yourself", "yourselves" };
    private static readonly HashSet<string> Definite = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "these", "those" };

    /// <summary>For each mention (in document order: by sentence, then start, longer first), the index of its chain's first mention.</summary>
    public static int[] Resolve(IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var chain = new int[mentions.Count];
        for (var k = 0; k < mentions.Count; k++)
        {
            var antecedent = Antecedent(mentions, k);
            chain[k] = antecedent < 0 ? k : chain[antecedent];
        }

        return chain;
    }

    private static int Antecedent(IReadOnlyList<Mention> mentions, int k)
    {
        var m = mentions[k];
        for (var j = k - 1; j >= 0; j--)
        {
            var a = mentions[j];
            if (a.Sentence == m.Sentence && a.Start <= m.Start && a.End >= m.End)
            {
                continue; // a phrase never refers to a phrase that contains it
            }

            if (m.HeadUpos == "PRON")
            {
                if (m.Sentence - a.Sentence > PronounReach)
                {
                    return -1;
                }

                if (CanStandFor(m.HeadWord, a))
                {
                    return a.Sentence < m.Sentence ? MainSubjectOf(mentions, j, m.HeadWord) : j;
                }
            }
            else if (m.HeadUpos == "PROPN")
            {
                if (a.HeadUpos == "PROPN" && string.Equals(a.HeadWord, m.HeadWord, StringComparison.OrdinalIgnoreCase))
                {
                    return j;
                }
            }
            else if (Definite.Contains(m.FirstWord) && a.HeadUpos != "PRON" && string.Equals(a.HeadWord, m.HeadWord, StringComparison.OrdinalIgnoreCase))
            {
                return j;
            }
        }

        return -1;
    }

    // "Mr Hain told the radio that Mr Howard's stance was wrong. He then accused…": a pronoun whose nearest possible
    // antecedent is in an earlier sentence stands for that sentence's main subject, when the subject can be meant.
    private static int MainSubjectOf(IReadOnlyList<Mention> mentions, int nearest, string pronoun)
    {
        for (var j = nearest; j >= 0 && mentions[j].Sentence == mentions[nearest].Sentence; j--)
        {
            if (mentions[j].Subject && CanStandFor(pronoun, mentions[j]))
            {
                return j;
            }
        }

        return nearest;
    }

    private static bool CanStandFor(string pronoun, Mention a)
    {
        var named = a.HeadUpos != "PRON";
        if (PersonPronouns.Contains(pronoun))
        {
            return (named && a.Type == "person" && !a.Plural) || PersonPronouns.Contains(a.HeadWord);
        }

        if (ThingPronouns.Contains(pronoun))
        {
            return (named && a.Type != "person" && !a.Plural) || ThingPronouns.Contains(a.HeadWord);
        }

        if (PluralPronouns.Contains(pronoun))
        {
            return PluralPronouns.Contains(a.HeadWord) || (named && a.Plural);
        }

        return (FirstPerson.Contains(pronoun) && FirstPerson.Contains(a.HeadWord)) || (SecondPerson.Contains(pronoun) && SecondPerson.Contains(a.HeadWord));
    }
}
