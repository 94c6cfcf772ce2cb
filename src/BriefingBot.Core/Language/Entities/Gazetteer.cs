namespace BriefingBot.Core.Language.Entities;

/// <summary>
/// Names and name words the recognizer may look up (<c>gazetteer.tsv</c>, embedded): places, organizations, words
/// that end organization or place names, personal titles, first names and demonyms. A hint, never a verdict: the
/// recognizer learns how far to trust each kind.
/// </summary>
public sealed class Gazetteer
{
    private const string Resource = "BriefingBot.Core.Language.Entities.gazetteer.tsv";
    private static readonly Lazy<Gazetteer> Embedded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Dictionary<string, string> kinds;

    private Gazetteer(Dictionary<string, string> kinds) => this.kinds = kinds;

    public static Gazetteer Default => Embedded.Value;

    public int Count => kinds.Count;

    /// <summary>The kind of a name or word ("place", "first-name", …), or null; case is ignored, dots too ("Dr." = "Dr").</summary>
    public string? KindOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return kinds.GetValueOrDefault(Key(phrase));
    }

    private static string Key(string phrase) => phrase.Replace(".", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant();

    private static Gazetteer Load()
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, name) in EmbeddedTsv.Read(Resource))
        {
            kinds.TryAdd(Key(name), kind); // the first kind listed wins
        }

        return new Gazetteer(kinds);
    }
}
