using BriefingBot.Core.Language;

namespace BriefingBot.Core.Summarization;

/// <summary>
/// Extractive summaries for news: each sentence scores by position (news leads with its point), by
/// centrality (how much it shares with the article as a whole) and by overlap with the headline; bylines,
/// very short and very long sentences are held back, and a sentence that repeats one already chosen is
/// skipped. The chosen sentences come back in document order.
/// </summary>
public sealed class ExtractiveSummarizer(ExtractiveSummarizer.Weights? weights = null) : ISummarizer
{
    private readonly Weights settings = weights ?? Weights.Default;

    /// <summary>How the scores mix; the defaults are the tuned ones (the benchmarks try others).</summary>
    /// <param name="Position">Weight of the position score.</param>
    /// <param name="Centrality">Weight of the cosine with the whole article.</param>
    /// <param name="Title">Weight of the overlap with the headline.</param>
    /// <param name="Redundancy">A sentence this similar (cosine) to one already chosen is skipped.</param>
    /// <param name="PositionDecay">The position score is 1 / (1 + i)^decay: higher trusts the lead more.</param>
    /// <param name="LengthBonus">Added per word up to 30 words, so a fuller sentence beats a fragment of the same standing.</param>
    public sealed record Weights(double Position, double Centrality, double Title, double Redundancy, double PositionDecay, double LengthBonus)
    {
        public static Weights Default { get; } = new(1.0, 0.2, 1.2, 0.6, 1.0, 0.0);
    }

    public IReadOnlyList<string> Summarize(IReadOnlyList<string> sentences, string? title, int count)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (count <= 0 || sentences.Count == 0)
        {
            return [];
        }

        var terms = sentences.Select(s => TermCounts(Tokenizer.Terms(s))).ToList();
        var document = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in terms)
        {
            foreach (var (term, n) in sentence)
            {
                document[term] = document.GetValueOrDefault(term) + n;
            }
        }

        var titleTerms = title is null ? [] : Tokenizer.Terms(title).ToHashSet(StringComparer.Ordinal);
        var scores = new double[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var wordCount = Tokenizer.Words(sentences[i]).Count;
            var position = 1.0 / Math.Pow(1 + i, settings.PositionDecay);
            var centrality = Cosine(terms[i], document);
            var titleOverlap = titleTerms.Count == 0 || terms[i].Count == 0
                ? 0
                : terms[i].Keys.Count(titleTerms.Contains) / (double)titleTerms.Count;
            scores[i] = (settings.Position * position) + (settings.Centrality * centrality) + (settings.Title * titleOverlap) + (settings.LengthBonus * Math.Min(wordCount, 30) / 30.0);
            scores[i] *= QualityFactor(sentences[i], wordCount, title);
        }

        var chosen = new List<int>();
        foreach (var i in Enumerable.Range(0, sentences.Count).OrderByDescending(i => scores[i]).ThenBy(i => i))
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (scores[i] <= 0 || chosen.Any(j => Cosine(terms[i], terms[j]) > settings.Redundancy))
            {
                continue;
            }

            chosen.Add(i);
        }

        chosen.Sort();
        return chosen.Select(i => sentences[i]).ToList();
    }

    private static double QualityFactor(string sentence, int wordCount, string? title)
    {
        if (title is not null && string.Equals(sentence.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return 0; // the headline repeated as the first line of the text
        }

        if (wordCount < 5)
        {
            return 0.2;
        }

        if (sentence.StartsWith("By ", StringComparison.Ordinal) && wordCount < 12
            || sentence.Contains("PUBLISHED:", StringComparison.Ordinal)
            || sentence.Contains("UPDATED:", StringComparison.Ordinal))
        {
            return 0.05; // bylines and timestamps
        }

        return wordCount > 60 ? 0.6 : 1.0;
    }

    private static Dictionary<string, int> TermCounts(List<string> terms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return counts;
    }

    private static double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (term, n) in small)
        {
            if (large.TryGetValue(term, out var m))
            {
                dot += n * m;
            }
        }

        return dot == 0 ? 0 : dot / (Norm(a) * Norm(b));
    }

    private static double Norm(Dictionary<string, int> v)
    {
        double sum = 0;
        foreach (var n in v.Values)
        {
            sum += n * n;
        }

        return Math.Sqrt(sum);
    }
}
