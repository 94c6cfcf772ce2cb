namespace BriefingBot.Core.Language.Entities;

/// <summary>Someone or something a story is about: its name as shown, its type, how often it is named and where first.</summary>
public sealed record Actor(string Name, string Type, int Mentions, int FirstArticle, int FirstSentence);

/// <summary>
/// The main actors of a story: the recognizer's names in its articles (each name decided on its uses in all of them),
/// merged across forms — titles set aside for
/// identity ("Col. Jose Luis Silva" = "Jose Luis Silva"), a surname to the full name it belongs to ("Guaido" =
/// "Juan Guaido"), other names of a country or organization ("U.S." = "United States"), and a capital acting as
/// its government ("Moscow warned…" = Russia) — counted and ordered by how often they are named.
/// </summary>
public static class Actors
{
    private const string AliasResource = "BriefingBot.Core.Language.Entities.aliases.tsv";

    private static readonly Lazy<(Dictionary<string, string> Names, Dictionary<string, string> Governments)> Aliases = new(LoadAliases);
    private static readonly HashSet<string> CountryGroups = new(StringComparer.OrdinalIgnoreCase) { "countries", "nations", "governments", "states", "powers", "democracies" };

    /// <summary>The actors of the articles (each a list of sentences), most named first.</summary>
    public static IReadOnlyList<Actor> Find(IReadOnlyList<IReadOnlyList<string>> articles, LanguageModels models, int max = 6)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(models);
        var found = new Dictionary<string, Tally>(StringComparer.Ordinal);

        // The articles report one story, so a name is decided on its uses in all of them ("back Guaido" in one, "Juan
        // Guaido wrote" in another).
        var all = models.AnalyzeDocument(articles.SelectMany(article => article.Select(s => (IReadOnlyList<string>)UdTokenizer.Tokenize(s))).ToList());
        var offset = 0;
        for (var a = 0; a < articles.Count; a++)
        {
            var analyses = all.Skip(offset).Take(articles[a].Count).ToList();
            offset += articles[a].Count;
            for (var s = 0; s < analyses.Count; s++)
            {
                foreach (var entity in analyses[s].Entities)
                {
                    var (name, type) = Canonical(analyses[s], entity);
                    var identity = NameFinder.Identity(name);
                    if (identity.Length == 0)
                    {
                        continue;
                    }

                    if (!found.TryGetValue(identity, out var tally))
                    {
                        found[identity] = tally = new Tally(a, s);
                    }

                    tally.Add(name, type);
                }
            }
        }

        MergeShortForms(found);
        var ordered = found.Values.OrderByDescending(t => t.Mentions).ThenBy(t => t.FirstArticle).ThenBy(t => t.FirstSentence).ToList();

        // A name read once may be a misreading; where others are named again and again, it is left out.
        var repeated = ordered.Where(t => t.Mentions > 1).ToList();
        return (repeated.Count > 0 ? repeated : ordered)
            .Take(max)
            .Select(t => new Actor(t.Display, t.Type, t.Mentions, t.FirstArticle, t.FirstSentence))
            .ToList();
    }

    /// <summary>
    /// Whether the name stands for a country or another place with a government: listed as a place itself or under
    /// another of its names ("the U.S.", "Moscow" for Russia), or a group of them ("more than a dozen other countries").
    /// </summary>
    public static bool IsCountry(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Tokenizer.Words(name);
        if (words.Count > 0 && CountryGroups.Contains(words[^1]))
        {
            return true;
        }

        var key = Key(NameFinder.Identity(name));
        var (names, governments) = Aliases.Value;
        var canonical = names.GetValueOrDefault(key) ?? governments.GetValueOrDefault(key) ?? NameFinder.Identity(name);
        return Gazetteer.Default.KindOf(canonical) == EntitySpan.Place;
    }

    private static (string Name, string Type) Canonical(SentenceAnalysis analysis, EntitySpan entity)
    {
        var name = entity.Name(analysis.Words);
        var key = Key(NameFinder.Identity(name));
        var (names, governments) = Aliases.Value;
        if (names.TryGetValue(key, out var canonical))
        {
            return (canonical, entity.Type);
        }

        // A capital is its government only where it acts: the subject, the agent, or the owner of something.
        var head = Corpus.GumEntities.HeadOf(analysis.Heads, entity.Start, entity.End);
        if (governments.TryGetValue(key, out var country) && analysis.Relations[head] is "nsubj" or "obl:agent" or "nmod:poss")
        {
            return (country, EntitySpan.Place);
        }

        return (name, entity.Type);
    }

    // "Guaido" joins "Juan Guaido" when exactly one longer name of the same type ends with it.
    private static void MergeShortForms(Dictionary<string, Tally> found)
    {
        foreach (var identity in found.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            var tally = found[identity];
            var longer = found.Where(kv => kv.Key.EndsWith(" " + identity, StringComparison.Ordinal) && kv.Value.Type == tally.Type).ToList();
            if (longer.Count == 1)
            {
                longer[0].Value.Absorb(tally);
                found.Remove(identity);
            }
        }
    }

    private static string Key(string identity) => identity.Replace(".", string.Empty, StringComparison.Ordinal);

    private static (Dictionary<string, string>, Dictionary<string, string>) LoadAliases()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var governments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, alias) in EmbeddedTsv.Read(AliasResource))
        {
            var government = alias.StartsWith('@');
            (government ? governments : names).TryAdd(Key(NameFinder.Identity(government ? alias[1..] : alias)), canonical);
            names.TryAdd(Key(NameFinder.Identity(canonical)), canonical);
        }

        return (names, governments);
    }

    private sealed class Tally(int firstArticle, int firstSentence)
    {
        private readonly Dictionary<string, int> forms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> types = new(StringComparer.Ordinal);

        public int Mentions { get; private set; }

        public int FirstArticle { get; private set; } = firstArticle;

        public int FirstSentence { get; private set; } = firstSentence;

        public string Type => types.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;

        // The fullest form it was named by, the most used of those ("Juan Guaido" over "Guaido").
        public string Display => forms.OrderByDescending(f => f.Key.Split(' ').Length).ThenByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;

        public void Add(string form, string type, int count = 1)
        {
            forms[form] = forms.GetValueOrDefault(form) + count;
            types[type] = types.GetValueOrDefault(type) + count;
            Mentions += count;
        }

        public void Absorb(Tally other)
        {
            foreach (var (form, count) in other.forms)
            {
                forms[form] = forms.GetValueOrDefault(form) + count;
            }

            foreach (var (type, count) in other.types)
            {
                types[type] = types.GetValueOrDefault(type) + count;
            }

            Mentions += other.Mentions;
            if ((other.FirstArticle, other.FirstSentence).CompareTo((FirstArticle, FirstSentence)) < 0)
            {
                (FirstArticle, FirstSentence) = (other.FirstArticle, other.FirstSentence);
            }
        }
    }
}
