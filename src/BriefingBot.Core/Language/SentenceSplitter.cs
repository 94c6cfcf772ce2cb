namespace BriefingBot.Core.Language;

/// <summary>
/// Splits news text into sentences. A period ends a sentence unless it belongs to a known abbreviation
/// ("Col.", "Jan. 5"), an initial ("J. Smith"), a number ("3.5") or an ellipsis inside a quote, and
/// closing quotes and brackets stay with the sentence they close.
/// </summary>
public static class SentenceSplitter
{
    // Never the end of a sentence: titles and words that always take something after them.
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "col", "gen", "sen", "rep", "gov", "lt", "sgt", "capt", "maj", "prof",
        "st", "rev", "hon", "pres", "adm", "cmdr", "supt", "atty", "mt", "ft", "fr", "gens", "sens", "reps",
        "vs", "no", "nos", "art", "fig", "vol", "pp", "approx", "dept", "est", "lieut", "brig", "cpl", "pvt",
        "messrs", "mme", "mlle", "e.g", "i.e", "cf", "op",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    // End a sentence only when the next word usually starts one ("... bought Acme Inc. The deal ...").
    private static readonly HashSet<string> SometimesFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "bros", "a.m", "p.m",
    };

    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
        "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "There", "Then", "However", "Meanwhile",
        "After", "Before", "When", "While", "As", "If", "So", "Yet", "Still", "Also", "Earlier", "Later",
    };

    /// <summary>Splits <paramref name="text"/> into trimmed, non-empty sentences in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        foreach (var block in SplitBlocks(text))
        {
            SplitBlock(block, sentences);
        }

        return sentences;
    }

    // Blank lines always separate; a single line break separates unless the line reads on into the next.
    private static IEnumerable<string> SplitBlocks(string text)
    {
        var current = new System.Text.StringBuilder();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }

                continue;
            }

            if (current.Length > 0)
            {
                var last = current[^1];
                var continues = char.IsLower(line[0]) || last == ',' || (char.IsLetter(last) && current.Length > 80 && !char.IsUpper(line[0]));
                if (!continues)
                {
                    yield return current.ToString();
                    current.Clear();
                }
                else
                {
                    current.Append(' ');
                }
            }

            current.Append(line);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static void SplitBlock(string block, List<string> sentences)
    {
        var start = 0;
        for (var i = 0; i < block.Length; i++)
        {
            var c = block[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            // Take a run of terminal marks ("?!", "...") and the closing quotes or brackets after it.
            var end = i + 1;
            while (end < block.Length && block[end] is '.' or '!' or '?' or '…')
            {
                end++;
            }

            while (end < block.Length && IsCloser(block[end]))
            {
                end++;
            }

            if (end < block.Length && !char.IsWhiteSpace(block[end]))
            {
                i = end - 1;
                continue; // "3.5", "U.S.-led", "example.com"
            }

            var next = end;
            while (next < block.Length && char.IsWhiteSpace(block[next]))
            {
                next++;
            }

            if (next < block.Length && !IsBoundary(block, start, i, end, next))
            {
                i = end - 1;
                continue;
            }

            AddSentence(block.AsSpan(start, end - start), sentences);
            start = next;
            i = next - 1;
        }

        if (start < block.Length)
        {
            AddSentence(block.AsSpan(start), sentences);
        }
    }

    private static bool IsBoundary(string block, int sentenceStart, int mark, int end, int next)
    {
        var following = block[next];
        var startsLikeSentence = char.IsUpper(following) || char.IsDigit(following) || IsOpener(following);
        if (!startsLikeSentence)
        {
            return false;
        }

        if (block[mark] != '.' || end - mark > 1 && block[mark + 1] == '.')
        {
            return true; // "!", "?", or an ellipsis followed by a capital
        }

        var word = WordBefore(block, sentenceStart, mark);
        if (word.Length == 0)
        {
            return true;
        }

        var nextWord = WordAfter(block, next);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. Smith", "Harry S. Truman"
        }

        if (NeverFinal.Contains(word))
        {
            return false;
        }

        var isAcronym = word.Contains('.', StringComparison.Ordinal) // "U.S", "U.N", not "1.13bn"
            && word.Split('.').All(part => part.Length is 1 or 2 && part.All(char.IsLetter));
        if (isAcronym || SometimesFinal.Contains(word))
        {
            return SentenceStarters.Contains(nextWord);
        }

        return true;
    }

    private static string WordBefore(string block, int sentenceStart, int mark)
    {
        var j = mark;
        while (j > sentenceStart && (char.IsLetterOrDigit(block[j - 1]) || block[j - 1] == '.'))
        {
            j--;
        }

        return block[j..mark];
    }

    private static string WordAfter(string block, int next)
    {
        var j = next;
        while (j < block.Length && IsOpener(block[j]))
        {
            j++;
        }

        var k = j;
        while (k < block.Length && char.IsLetter(block[k]))
        {
            k++;
        }

        return block[j..k];
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '»';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '“' or '‘' or '«';

    private static void AddSentence(ReadOnlySpan<char> span, List<string> sentences)
    {
        var trimmed = span.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed.ToString());
        }
    }
}
