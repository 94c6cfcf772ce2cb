using BriefingBot.Core.Language;

namespace BriefingBot.Core.Stories;

/// <summary>
/// What an article is about, as weighted words for telling whether two articles report the same event: content
/// words of the title (counted thrice) and body, with a capitalized word inside a sentence (a name: "Steele",
/// "Afghanistan") counted twice, since names are what different outlets' reports of one event share, and earlier
/// sentences counting more than later ones.
/// </summary>
public static class EventVector
{
    private const float TitleWeight = 3f;
    private const float NameWeight = 2f;

    // A sentence's words weigh 1 / (1 + 0.2 × its position): a report states its event up front, and outlets part
    // ways in the background and reactions further down.
    private const float PositionDecay = 0.2f;

    /// <summary>Term → weight (before any IDF).</summary>
    public static Dictionary<string, float> Build(string title, IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = Tokenizer.Words(sentences[s]);
            var place = 1f / (1f + (PositionDecay * s));
            for (var i = 0; i < words.Count; i++)
            {
                Count(counts, words[i], place * (i > 0 && char.IsUpper(words[i][0]) ? NameWeight : 1f));
            }
        }

        foreach (var word in Tokenizer.Words(title))
        {
            Count(counts, word, TitleWeight);
        }

        foreach (var key in counts.Keys)
        {
            var count = counts[key];
            counts[key] = count >= 1 ? 1 + MathF.Log(count) : count;
        }

        return counts;
    }

    /// <summary>The headline's content words, lower case, each once: what <see cref="EventClusterer"/> compares dated reports' headlines on.</summary>
    public static string[] Headline(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Tokenizer.Words(title).Select(ContentWord).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// What <see cref="EventClusterer"/> takes as an article's headline: its <see cref="Headline(string)"/> when it carries
    /// its own publication date, else null (an undated report is not compared on its headline).
    /// </summary>
    public static string[]? DatedHeadline(string title, DateTimeOffset? published) => published is null ? null : Headline(title);

    private static void Count(Dictionary<string, float> counts, string word, float weight)
    {
        if (ContentWord(word) is { } term)
        {
            counts[term] = counts.GetValueOrDefault(term) + weight;
        }
    }

    private static string? ContentWord(string word)
    {
        if (word.Length < 3 || !char.IsLetter(word[0]))
        {
            return null;
        }

        var lower = word.ToLowerInvariant();
        return StopWords.Contains(lower) ? null : lower;
    }
}
