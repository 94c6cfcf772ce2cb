namespace BriefingBot.Core.Language;

/// <summary>
/// How a sentence was read: per word (0-based) its tags, its head as a 1-based word number (0 = the
/// root of the sentence) and its Universal Dependencies relation to that head.
/// </summary>
public sealed record SentenceAnalysis(string[] Words, string[] Upos, string[] Xpos, int[] Heads, string[] Relations)
{
    /// <summary>The names found in the sentence (person, organization, place), in order.</summary>
    public IReadOnlyList<Entities.EntitySpan> Entities { get; init; } = [];

    /// <summary>
    /// Whether the word is the subject of the sentence's main clause: of its root, or the root itself when the parse
    /// made the name that opens the sentence its root and hung the verb below it ("Lieberman, who ran…, became…").
    /// </summary>
    public bool IsMainSubject(int word) =>
        (Relations[word] is "nsubj" or "nsubj:pass" && Heads[word] > 0 && Relations[Heads[word] - 1] == "root")
        || (Relations[word] == "root" && Upos[word] is "PROPN" or "NOUN" && Enumerable.Range(0, word).All(i => Upos[i] is not ("VERB" or "AUX")));

    /// <summary>The 0-based indexes of the words whose head is word <paramref name="index"/> (0-based).</summary>
    public IEnumerable<int> Dependents(int index) => Enumerable.Range(0, Words.Length).Where(i => Heads[i] == index + 1);

    /// <summary>Whether word <paramref name="word"/> is <paramref name="ancestor"/> or hangs below it (both 0-based).</summary>
    public bool IsWithin(int word, int ancestor) => IsWithin(Heads, word, ancestor);

    /// <summary>The same over a tree's heads alone (1-based, 0 = root), for a tree not yet made into an analysis.</summary>
    public static bool IsWithin(IReadOnlyList<int> heads, int word, int ancestor)
    {
        ArgumentNullException.ThrowIfNull(heads);
        for (var w = word; w >= 0; w = heads[w] - 1)
        {
            if (w == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of the noun phrase word <paramref name="head"/> makes with the adjectives, compounds and numbers right before it ("senior military figures").</summary>
    public int ModifiedFrom(int head)
    {
        var from = head;
        while (from > 0 && Heads[from - 1] - 1 == head && Relations[from - 1] is "amod" or "compound" or "nummod")
        {
            from--;
        }

        return from;
    }
}
