using BriefingBot.Core.Language;

namespace BriefingBot.Core.Answering;

/// <summary>
/// The nouns an article uses for a party it has named: "Gov. Jan Brewer" lets it say "the governor" for her,
/// "Dave Brat, the Tea Party candidate" lets it say "the candidate", "Chick-fil-A restaurants" lets it say "the
/// restaurant". Read from the words alone, by titles, appositions and the role noun before or after a name. A noun
/// the article also gives another name ("Sen. John McCain" and "Sen. Jeff Flake"; "President Barack Obama" and
/// "Chick-fil-A president Dan Cathy") stands for no one.
/// </summary>
public static class TargetDescriptions
{
    private const int ApposWords = 6; // words after ", the" searched for the apposition's role noun

    // Titles before a name and the nouns the article may later use for its bearer.
    private static readonly Dictionary<string, string[]> TitleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["president"] = ["president"], ["gov"] = ["governor"], ["governor"] = ["governor"], ["sen"] = ["senator"],
        ["senator"] = ["senator"], ["rep"] = ["congressman", "congresswoman", "lawmaker"],
        ["representative"] = ["congressman", "congresswoman", "lawmaker"], ["congressman"] = ["congressman", "lawmaker"],
        ["congresswoman"] = ["congresswoman", "lawmaker"], ["mayor"] = ["mayor"], ["sheriff"] = ["sheriff"],
        ["justice"] = ["justice"], ["judge"] = ["judge"], ["speaker"] = ["speaker"], ["secretary"] = ["secretary"],
        ["chancellor"] = ["chancellor"], ["professor"] = ["professor"], ["chairman"] = ["chairman"], ["chairwoman"] = ["chairwoman"],
    };

    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "on", "during", "after", "before", "from", "inside", "outside", "near", "with",
    };

    // Nouns an apposition or a lower-case title gives a name: "the Tea Party candidate", "economics professor Dave Brat".
    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "candidate", "aide", "congressman", "congresswoman", "senator", "governor", "mayor", "sheriff", "professor",
        "president", "speaker", "nominee", "challenger", "incumbent", "lawmaker", "director", "spokesman", "spokeswoman",
        "secretary", "justice", "judge", "chairman", "chairwoman", "company", "chain", "restaurant", "group",
        "organization", "network", "magazine", "newspaper", "retailer", "firm", "bill", "measure", "law",
    };

    // Nouns a name may modify and stand for: "Chick-fil-A restaurants", "the Wal-Mart stores".
    private static readonly Dictionary<string, string> ThingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["restaurant"] = "restaurant", ["restaurants"] = "restaurant", ["chain"] = "chain", ["stores"] = "store", ["store"] = "store",
        ["company"] = "company", ["network"] = "network", ["magazine"] = "magazine", ["newspaper"] = "newspaper",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    // The last word of a law's name, and the nouns an article uses for the law it is about.
    private static readonly HashSet<string> LawNames = new(StringComparer.Ordinal) { "Act", "Bill", "Law", "Amendment", "Resolution" };

    private static readonly HashSet<string> LawNouns = new(StringComparer.OrdinalIgnoreCase) { "bill", "act", "law", "legislation", "measure", "plan", "proposal", "resolution" };

    private static readonly HashSet<string> IndefiniteArticles = new(StringComparer.OrdinalIgnoreCase) { "a", "an" };

    private static readonly HashSet<string> OtherOffice = new(StringComparer.OrdinalIgnoreCase)
    {
        "vice", "deputy", "former", "ex", "assistant", "lieutenant", "lt", "associate", "acting", "interim", "late",
    };

    /// <summary>The nouns that, after "the", stand for the target in this article's sentences (lower case).</summary>
    public static HashSet<string> Of(IEnumerable<string> sentences, IReadOnlySet<string> targetWords)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(targetWords);
        var target = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var others = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var otherLaws = false;
        foreach (var sentence in sentences)
        {
            var tokens = SentenceToken.Tokenize(sentence);
            foreach (var (noun, name) in Pairs(tokens))
            {
                (name.Any(w => ParsedStanceExtractor.IsTargetWord(w, targetWords)) ? target : others).Add(noun);
            }

            // "the Stop Online Piracy Act" … "the Hate Crimes Act": a law the article names that is not the target.
            for (var i = 1; i < tokens.Count; i++)
            {
                otherLaws |= tokens[i].IsCapitalized && LawNames.Contains(tokens[i].Text) && tokens[i - 1].IsCapitalized
                    && !Articles.Contains(tokens[i - 1].Text) && !ParsedStanceExtractor.IsTargetWord(tokens[i - 1].Text, targetWords);
            }
        }

        target.ExceptWith(others);
        target.RemoveWhere(targetWords.Contains);

        // A law asked by its name ("the Stop Online Piracy Act") is "the bill", "the measure" or "the plan" of an article
        // that names no other law, also where its name ends in one of them ("the law" for "the Afghan Shia law").
        if (!otherLaws && targetWords.Any(LawNames.Contains))
        {
            target.UnionWith(LawNouns.Where(n => !others.Contains(n)));
        }

        return target;
    }

    /// <summary>
    /// Who each noun stands for in the sentences of one article, in order ("President Donald Trump" makes "the
    /// president" Trump).
    /// </summary>
    public static NounNames NamesByNoun(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return NamesByNoun(sentences.Select((text, position) => (position, text)));
    }

    /// <summary>The same for sentences given with their positions in the article.</summary>
    public static NounNames NamesByNoun(IEnumerable<(int Position, string Text)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var names = new NounNames();
        foreach (var (position, text) in sentences.OrderBy(s => s.Position))
        {
            foreach (var (noun, name) in Pairs(SentenceToken.Tokenize(text)))
            {
                names.Add(noun, name, position);
            }
        }

        return names;
    }

    /// <summary>
    /// The name the noun at <paramref name="word"/> of the sentence at <paramref name="position"/> stands for, when
    /// "the" comes before it and <paramref name="names"/> gives it one.
    /// </summary>
    public static string? NameAt(IReadOnlyList<string> words, int word, NounNames names, int position)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(names);
        return word > 0 && words[word - 1].Equals("the", StringComparison.OrdinalIgnoreCase) ? names.For(words[word], position) : null;
    }

    /// <summary>
    /// Each word that, with "the" before it, stands for the target: the positions of <paramref name="words"/> that
    /// are one of <paramref name="descriptions"/> right after "the", or after "the" and one lower-case word.
    /// </summary>
    public static IEnumerable<int> Positions(IReadOnlyList<string> words, IReadOnlySet<string> descriptions)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(descriptions);
        for (var w = 1; w < words.Count; w++)
        {
            // "the bill", or with one lower-case word of no other office between ("the proposed law", not "the former governor").
            if (descriptions.Contains(words[w]) && char.IsLower(words[w][0])
                && (IsThe(words[w - 1]) || (w > 1 && IsThe(words[w - 2]) && char.IsLower(words[w - 1][0]) && !OtherOffice.Contains(words[w - 1]) && !descriptions.Contains(words[w - 1]))))
            {
                yield return w;
            }
        }

        static bool IsThe(string word) => word.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    // Each (noun, name) the sentence pairs: a title before a name, a role noun right before it, an apposition after
    // it (", the Tea Party candidate"), a description set off before it ("the aide, Elizabeth Lauten"), a thing it
    // modifies ("Chick-fil-A restaurants").
    private static IEnumerable<(string Noun, List<string> Name)> Pairs(List<SentenceToken> tokens)
    {
        // A sentence that opens with a preposition ends that phrase at its first comma.
        var openingPhraseEnd = tokens.Count > 0 && tokens[0].IsWord && OpeningPrepositions.Contains(tokens[0].Text) ? tokens.FindIndex(t => t.Text == ",") : -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized)
            {
                continue;
            }

            var titles = new List<string>();
            var start = i;
            var end = i;
            var name = new List<string>();
            for (; end < tokens.Count && (tokens[end].IsCapitalized || tokens[end].Text == "." && end > start && TitleNouns.ContainsKey(tokens[end - 1].Text)); end++)
            {
                var word = tokens[end].Text.TrimEnd('.');
                if (tokens[end].IsWord && TitleNouns.TryGetValue(word, out var nouns))
                {
                    // "Supreme Court Justice Ruth Bader Ginsburg": the name follows the last title; "Vice President
                    // Joe Biden", "Deputy Mayor Nicky Gavron" and "former President Bill Clinton" are not "the president"
                    // or "the mayor", nor is one who might be ("the cross hairs of a President Romney").
                    var other = end > 0 && (OtherOffice.Contains(tokens[end - 1].Text) || IndefiniteArticles.Contains(tokens[end - 1].Text));
                    titles = other ? [] : [.. nouns];
                    name.Clear();
                }
                else if (tokens[end].IsWord && (name.Count > 0 || !Articles.Contains(word)))
                {
                    name.Add(tokens[end].Text);
                }

                if (tokens[end].Possessive)
                {
                    end++;
                    break;
                }
            }

            i = end - 1;
            if (name.Count == 0)
            {
                continue;
            }

            foreach (var title in titles)
            {
                yield return (title, name);
            }

            if (start > 0 && tokens[start - 1].IsWord && char.IsLower(tokens[start - 1].Text[0]) && RoleNouns.Contains(tokens[start - 1].Text))
            {
                yield return (tokens[start - 1].Text.ToLowerInvariant(), name); // "economics professor Dave Brat"
            }

            if (start >= 3 && tokens[start - 1].Text == "," && RoleNouns.Contains(tokens[start - 2].Text)
                && Enumerable.Range(Math.Max(0, start - 5), start - 2 - Math.Max(0, start - 5)).Any(k => tokens[k].Text.Equals("the", StringComparison.OrdinalIgnoreCase)))
            {
                yield return (tokens[start - 2].Text.ToLowerInvariant(), name); // "the aide, Elizabeth Lauten"
            }

            if (end < tokens.Count && !tokens[end - 1].Possessive && tokens[end].IsWord && ThingNouns.TryGetValue(tokens[end].Text, out var thing))
            {
                yield return (thing, name); // "Chick-fil-A restaurants"
            }

            // Not the first comma of a sentence that opens with a preposition: "At the Council on Foreign Relations, the
            // senator said…" ends a phrase of place; what follows is the sentence's subject.
            if (end + 1 < tokens.Count && tokens[end].Text == "," && Articles.Contains(tokens[end + 1].Text) && end != openingPhraseEnd)
            {
                // The apposition ends at its first function word ("Wray, a chance to move beyond the president's ire").
                for (var k = end + 2; k < tokens.Count && k <= end + 1 + ApposWords && tokens[k].IsWord && !StopWords.Contains(tokens[k].Text.ToLowerInvariant()); k++)
                {
                    if (RoleNouns.Contains(tokens[k].Text) && char.IsLower(tokens[k].Text[0]))
                    {
                        yield return (tokens[k].Text.ToLowerInvariant(), name); // "Dave Brat, the Tea Party candidate"
                        break;
                    }
                }
            }
        }
    }
}

/// <summary>
/// The names an article gives each noun ("President Donald Trump": "president"), and where. A noun given one name
/// stands for it everywhere; a noun given several ("President Trump" at the top, "President Barack Obama" further
/// down) stands for the one given last before the sentence that uses it, and for none before the first.
/// </summary>
public sealed class NounNames
{
    private readonly Dictionary<string, List<(int Position, string Identity)>> given = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> written = new(StringComparer.Ordinal);

    internal void Add(string noun, List<string> name, int position)
    {
        var identity = name[^1].ToLowerInvariant(); // "Donald Trump" and "Trump" are one person
        written.TryAdd(identity, string.Join(' ', name));
        if (!given.TryGetValue(noun, out var list))
        {
            given[noun] = list = [];
        }

        list.Add((position, identity));
    }

    /// <summary>Who the noun stands for in the sentence at <paramref name="position"/>, or null.</summary>
    public string? For(string noun, int position)
    {
        if (!given.TryGetValue(noun, out var list))
        {
            return null;
        }

        if (list.TrueForAll(g => g.Identity == list[0].Identity))
        {
            return written[list[0].Identity];
        }

        var before = list.FindLastIndex(g => g.Position <= position);
        return before >= 0 ? written[list[before].Identity] : null;
    }
}
