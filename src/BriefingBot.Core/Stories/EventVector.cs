using BriefingBot.Core.Language;

namespace BriefingBot.Core.Stories;

/// <summary>
/// What an article is about, as weighted words for telling whether two articles report the same event: content
/// words of the title (counted thrice) and body, with a capitalized word inside a sentence (a name: "Steele",
/// "Afghanistan") counted twice, since names are what different outlets' reports of one event share.
/// </summary>
public static class EventVector
{
    private const float TitleWeight = 3f;
    private const float NameWeight = 2f;

    /// <summary>Term → weight (before any IDF).</summary>
    public static Dictionary<string, float> Build(string title, IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var words = Tokenizer.Words(sentence);
            for (var i = 0; i < words.Count; i++)
            {
                Count(counts, words[i], i > 0 && char.IsUpper(words[i][0]) ? NameWeight : 1f);
            }
        }

        foreach (var word in Tokenizer.Words(title))
        {
            Count(counts, word, TitleWeight);
        }

        foreach (var key in counts.Keys)
        {
            counts[key] = 1 + MathF.Log(counts[key]);
        }

        return counts;
    }

    private static void Count(Dictionary<string, float> counts, string word, float weight)
    {
        if (word.Length < 3 || !char.IsLetter(word[0]))
        {
            return;
        }

        var lower = word.ToLowerInvariant();
        if (!StopWords.Contains(lower))
        {
            counts[lower] = counts.GetValueOrDefault(lower) + weight;
        }
    }
}
