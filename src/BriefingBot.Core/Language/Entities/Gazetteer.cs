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
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded.");
        using var reader = new StreamReader(stream);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                kinds.TryAdd(Key(line[(tab + 1)..]), line[..tab]); // the first kind listed wins
            }
        }

        return new Gazetteer(kinds);
    }
}
