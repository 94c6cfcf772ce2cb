namespace BriefingBot.Core.Language;

/// <summary>
/// The words one document writes only as names: capitalized where capitals mean a name (not at a sentence's or a
/// quotation's start) and never in lower case. A sentence's first word has no such evidence of its own ("Schumer had
/// praised…", "Gates has blasted…", "Hensarling also complained…", which the tagger reads as a noun or a verb); the
/// rest of the article gives it ("Charles Schumer", "Defense Secretary Robert Gates"). An acronym the document defines
/// ("the World Health Organisation ( WHO )") is one of them.
/// </summary>
public static class DocumentNames
{
    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "and", "for", "the", "on", "&", "-" };

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "\"", "“", "‘", "'", "`", "``", "(", "[", ":", "--", "—", "–", ";" };

    /// <summary>The name words of a document, given its sentences.</summary>
    public static IReadOnlySet<string> Of(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Of(sentences.Select(s => (IReadOnlyList<string>)UdTokenizer.Tokenize(s)));
    }

    /// <summary>The name words of a document, given its tokenized sentences.</summary>
    public static IReadOnlySet<string> Of(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var capitalized = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in sentences) // read once: given text, each sentence is tokenized as it comes
        {
            var start = FirstWord(words);
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Length < 2 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                if (char.IsLower(word[0]))
                {
                    lower.Add(word);
                }
                else if (i > start && !Openers.Contains(words[i - 1]) && word.Skip(1).Any(char.IsLower))
                {
                    capitalized.Add(word);
                }
            }

            for (var i = 1; i + 2 < words.Count; i++)
            {
                if (words[i] == "(" && words[i + 2] == ")" && DefinesAcronym(words, i))
                {
                    acronyms.Add(words[i + 1]);
                }
            }
        }

        capitalized.RemoveWhere(w => lower.Contains(w.ToLowerInvariant()));
        capitalized.UnionWith(acronyms); // in capitals, whatever the lower-case words
        return capitalized;
    }

    /// <summary>
    /// Whether the words before an opening bracket at <paramref name="bracket"/> spell the capitals inside it: "the World
    /// Health Organisation ( WHO )", "Kennedy Space Center ( KSC )" (an acronym the text defines is a name wherever it
    /// is used, "WHO say…").
    /// </summary>
    public static bool DefinesAcronym(IReadOnlyList<string> words, int bracket)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (bracket < 1 || bracket + 1 >= words.Count || words[bracket + 1] is not { Length: >= 2 and <= 6 } acronym || !acronym.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        // Read the name backwards: one capital per capitalized word, over the small words inside names ("of", "and").
        var at = acronym.Length - 1;
        for (var i = bracket - 1; i >= 0 && at >= 0; i--)
        {
            var word = words[i];
            if (char.IsUpper(word[0]) && word[0] == acronym[at])
            {
                at--;
            }
            else if (!NameJoiners.Contains(word))
            {
                return false;
            }
        }

        return at < 0;
    }

    /// <summary>Where a sentence's first word is: after any opening punctuation.</summary>
    public static int FirstWord(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var i = 0;
        while (i < words.Count && Openers.Contains(words[i]))
        {
            i++;
        }

        return i;
    }
}
