using BriefingBot.Core.Language;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Who says the words inside a quotation, read from the words around it rather than the parse, which often hangs the
/// speaker of a long quote on the quote itself: "“This is a power grab,” Speaker Nancy Pelosi and Senator Chuck
/// Schumer said", "“It is garbage,” said Cruz", "Bloomberg said: “God help us.”"
/// </summary>
internal static class Quotations
{
    // How far after a quotation its speaker's name may run before the verb of saying ("Speaker Nancy Pelosi of
    // California and Senator Chuck Schumer of New York, the Democratic leader, said").
    private const int MaxSpeakerWords = 24;

    private static readonly HashSet<string> Opening = new(StringComparer.Ordinal) { "“", "``", "\"" };
    private static readonly HashSet<string> Closing = new(StringComparer.Ordinal) { "”", "''", "\"" };

    /// <summary>Each quotation in the sentence (its words, marks excluded) with the words that name who says it.</summary>
    public static IEnumerable<(int Start, int End, int SpeakerStart, int SpeakerEnd)> Attributed(SentenceAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var words = analysis.Words;
        var open = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (open < 0 && Opening.Contains(words[i]))
            {
                open = i;
                continue;
            }

            if (open < 0 || !Closing.Contains(words[i]))
            {
                continue;
            }

            if (After(analysis, i) is var (afterStart, afterEnd))
            {
                yield return (open + 1, i, afterStart, afterEnd);
            }
            else if (Before(analysis, open) is var (beforeStart, beforeEnd))
            {
                yield return (open + 1, i, beforeStart, beforeEnd);
            }

            open = -1;
        }
    }

    // "…,” Pelosi and Schumer said" or "…,” said Cruz, the Texas senator": the words between the quote and the verb,
    // or those after the verb up to the next punctuation.
    private static (int, int)? After(SentenceAnalysis analysis, int close)
    {
        var words = analysis.Words;
        var start = close + 1;
        if (start < words.Length && words[start] == ",")
        {
            start++;
        }

        if (start < words.Length && IsSaying(analysis, start))
        {
            var end = start + 1;
            while (end < words.Length && end - start <= MaxSpeakerWords && analysis.Upos[end] != "PUNCT")
            {
                end++;
            }

            return end > start + 1 ? (start + 1, end) : null;
        }

        for (var v = start; v < words.Length && v - start <= MaxSpeakerWords; v++)
        {
            if (IsSaying(analysis, v))
            {
                return v > start ? (start, v) : null;
            }

            if (analysis.Upos[v] is "VERB" or "AUX" || Opening.Contains(words[v]) || words[v] is "." or ";" or ":")
            {
                return null;
            }
        }

        return null;
    }

    // "Bloomberg said: “…”", "Cruz told reporters, “…”": the subject of a verb of saying just before the quote.
    private static (int, int)? Before(SentenceAnalysis analysis, int open)
    {
        var verb = open - 1;
        while (verb >= 0 && analysis.Upos[verb] == "PUNCT")
        {
            verb--;
        }

        // "told reporters": the one told stands between the verb and the quote.
        if (verb >= 1 && analysis.Relations[verb] is "obj" or "iobj" && IsSaying(analysis, analysis.Heads[verb] - 1))
        {
            verb = analysis.Heads[verb] - 1;
        }

        if (verb < 0 || !IsSaying(analysis, verb))
        {
            return null;
        }

        var subject = analysis.Dependents(verb).FirstOrDefault(d => analysis.Relations[d] == "nsubj" && d < verb, -1);
        if (subject < 0)
        {
            return null;
        }

        var start = subject;
        while (start > 0 && analysis.IsWithin(start - 1, subject) && analysis.Upos[start - 1] != "PUNCT")
        {
            start--;
        }

        return (start, verb);
    }

    private static bool IsSaying(SentenceAnalysis analysis, int word) =>
        word >= 0 && analysis.Upos[word] == "VERB" && StanceCues.SayingVerbs.Contains(analysis.Words[word]);
}
