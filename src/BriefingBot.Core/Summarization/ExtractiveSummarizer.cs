using BriefingBot.Core.Language;

namespace BriefingBot.Core.Summarization;

/// <summary>
/// Extractive summaries for news: each sentence scores by position (news leads with its point), by
/// centrality (how much it shares with the article as a whole) and by overlap with the headline; bylines,
/// very short and very long sentences are held back, and a sentence that repeats one already chosen is
/// skipped. The chosen sentences come back in document order.
/// </summary>
public sealed class ExtractiveSummarizer : ISummarizer
{
    private const double PositionWeight = 1.0;
    private const double CentralityWeight = 0.6;
    private const double TitleWeight = 0.3;
    private const double RedundancyLimit = 0.6;

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
            var position = 1.0 / Math.Sqrt(1 + i);
            var centrality = Cosine(terms[i], document);
            var titleOverlap = titleTerms.Count == 0 || terms[i].Count == 0
                ? 0
                : terms[i].Keys.Count(titleTerms.Contains) / (double)titleTerms.Count;
            scores[i] = (PositionWeight * position) + (CentralityWeight * centrality) + (TitleWeight * titleOverlap);
            scores[i] *= QualityFactor(sentences[i], wordCount, title);
        }

        var chosen = new List<int>();
        foreach (var i in Enumerable.Range(0, sentences.Count).OrderByDescending(i => scores[i]).ThenBy(i => i))
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (scores[i] <= 0 || chosen.Any(j => Cosine(terms[i], terms[j]) > RedundancyLimit))
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
