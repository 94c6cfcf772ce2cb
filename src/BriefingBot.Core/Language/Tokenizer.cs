namespace BriefingBot.Core.Language;

/// <summary>
/// Word tokens for retrieval, summaries and fingerprints: runs of letters and digits, with a possessive
/// "'s" dropped ("Maduro's" → "Maduro") and inner hyphens and periods kept ("U.S.", "anti-government").
/// </summary>
public static class Tokenizer
{
    /// <summary>The words of <paramref name="text"/> as written.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            var end = i;
            if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S'
                && (end + 2 == text.Length || !char.IsLetter(text[end + 2])))
            {
                i = end + 2;
            }

            words.Add(text[start..end]);
        }

        return words;
    }

    /// <summary>Lower-cased words without stop words: the terms that carry meaning.</summary>
    public static List<string> Terms(string text)
    {
        var words = Words(text);
        var terms = new List<string>(words.Count);
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (!StopWords.Contains(lower))
            {
                terms.Add(lower);
            }
        }

        return terms;
    }

    /// <summary>
    /// Whether a hyphenated word ("Chick-fil-A", "al-Maliki") is made of wanted parts: it has a hyphen and at least one
    /// part of <paramref name="minPartLength"/> letters or more, and every such part is one <paramref name="isPart"/>
    /// accepts (a dash such as "--" has no parts).
    /// </summary>
    public static bool IsHyphenatedOf(string word, Func<string, bool> isPart, int minPartLength = 1)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(isPart);
        if (!word.Contains('-'))
        {
            return false;
        }

        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= minPartLength).ToList();
        return parts.Count > 0 && parts.All(isPart);
    }

    // A hyphen, period or apostrophe between two letters or digits belongs to the word.
    private static bool IsInnerJoiner(string text, int i) =>
        text[i] is '-' or '.' or '\'' or '’'
        && i > 0 && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])
        && !(text[i] is '\'' or '’' && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetter(text[i + 2])));
}
