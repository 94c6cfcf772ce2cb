using System.Text.RegularExpressions;

namespace BriefingBot.Core.Language;

/// <summary>
/// Finds the names in a stretch of tokens: runs of capitalized words ("the United States", "Col. Jose
/// Luis Silva") and plural group nouns with their modifiers ("senior military figures", "more nations").
/// A statistical recognizer replaces this with the language-models work; until then it is deliberately
/// conservative.
/// </summary>
public static partial class NameFinder
{

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "del", "la", "van", "von", "bin", "al", "da", "du", "le" };

    private static readonly HashSet<string> NotNames = new(TimeWords.Calendar, StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "this", "that", "these",
        "those", "the", "a", "an", "but", "and", "or", "in", "on", "at", "as", "if", "when", "while", "after",
        "before", "meanwhile", "however", "earlier", "later", "also", "still", "yet", "so", "then", "there",
        "what", "who", "which", "why", "how", "where", "for", "with", "by", "from", "to", "president",
        "following", "despite", "during", "amid", "since", "until", "without", "according", "although", "though",
        "because", "unlike", "among",
    };

    internal static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "col", "gen", "sen", "rep", "gov", "mr", "mrs", "ms", "dr", "prime", "minister", "senator",
        "governor", "king", "queen", "chancellor", "secretary", "general", "colonel", "lt", "capt", "disputed", "adm",
        "admiral", "maj", "sgt",
    };

    /// <summary>Plural nouns that name groups of people or countries ("nations", "figures", "lawmakers").</summary>
    internal static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "nations", "countries", "governments", "figures", "officers", "generals", "lawmakers", "legislators",
        "senators", "leaders", "officials", "troops", "soldiers", "unions", "parties", "allies", "members",
        "commanders", "democrats", "republicans", "conservatives", "liberals", "voters", "groups", "activists", "states",
        "colleagues", "governors", "mayors", "tories", "mps", "peers", "ministers", "councillors", "campaigners",
    };

    private static readonly HashSet<string> GroupModifiersToSkip = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "have", "has", "had", "their", "his", "her", "its", "and", "or",
        "are", "is", "were", "was", "than", "that", "who", "which", "by", "with", "for", "on", "at", "be",
        "he", "she", "it", "we", "they", "i", "you", "why", "how", "what", "when", "where", "whether", "if", "but", "so",
        "because", "while", "as", "not", "also", "then", "asked", "said", "says", "told", "from", "into", "about", "over",
        "against", "among",
    };

    /// <summary>The names in tokens[start..end), each with the index of its last token.</summary>
    public static List<(string Name, int Last)> Find(IReadOnlyList<SentenceToken> tokens, int start, int end)
    {
        var names = new List<(string, int)>();
        var i = Math.Max(0, start);
        end = Math.Min(end, tokens.Count);
        while (i < end)
        {
            var token = tokens[i];
            if (token.IsCapitalized && !NotNames.Contains(token.Text) || token.IsCapitalized && IsTitled(tokens, i, end))
            {
                var first = i;
                var last = i;
                var j = i + 1;
                while (j < end)
                {
                    if (tokens[j].IsCapitalized && !tokens[j - 1].Possessive)
                    {
                        last = j++;
                    }
                    else if (tokens[j].IsWord && Connectors.Contains(tokens[j].Text) && j + 1 < end && tokens[j + 1].IsCapitalized)
                    {
                        j++;
                    }
                    else if (tokens[j].Text == "." && tokens[j - 1].IsCapitalized && Titles.Contains(tokens[j - 1].Text))
                    {
                        j++; // "Col. Jose"
                    }
                    else
                    {
                        break;
                    }
                }

                var withArticle = first > 0 && tokens[first - 1].Text is "the" or "The" && tokens[last].Text is not "President";
                names.Add((Display(tokens, first, last, withArticle), last));
                i = last + 1;
                continue;
            }

            if (token.IsWord && GroupNouns.Contains(token.Text) && !token.IsCapitalized)
            {
                var first = i;
                while (first - 1 >= start && tokens[first - 1].IsWord && !tokens[first - 1].IsCapitalized && !tokens[first - 1].Possessive
                       && !GroupModifiersToSkip.Contains(tokens[first - 1].Text) && i - first < 3)
                {
                    first--;
                }

                first = WithQuantifier(tokens, start, first);
                names.Add((Display(tokens, first, i, false), i));
            }

            i++;
        }

        return names;
    }

    /// <summary>
    /// The name without titles, a leading article and middle initials, for comparing identities ("Col. Jose Silva" =
    /// "Jose Silva", "Susan E. Rice" = "Susan Rice").
    /// </summary>
    public static string Identity(string name)
    {
        var words = Tokenizer.Words(name).Where(w => !Titles.Contains(w) && !w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToList();
        return string.Join(' ', words.Where((w, i) => !(w.Length == 1 && char.IsUpper(w[0]) && i > 0 && i < words.Count - 1))).ToLowerInvariant();
    }

    // "more than a dozen other countries": keep the quantifier, it is part of what the text claims.
    private static int WithQuantifier(IReadOnlyList<SentenceToken> tokens, int start, int first)
    {
        if (first - 1 >= start && tokens[first].Text is "dozen" or "handful" or "couple" or "number" or "score"
            && tokens[first - 1].Text is "a" or "A")
        {
            first--;
            if (first - 2 >= start && tokens[first - 1].Text is "than" && tokens[first - 2].Text is "more" or "fewer" or "less")
            {
                first -= 2;
            }
            else if (first - 1 >= start && tokens[first - 1].Text is "nearly" or "about" or "almost" or "over" or "some")
            {
                first--;
            }
        }

        return first;
    }

    private static bool IsTitled(IReadOnlyList<SentenceToken> tokens, int i, int end) =>
        tokens[i].Text == "President" && i + 1 < end && tokens[i + 1].IsCapitalized;

    private static string Display(IReadOnlyList<SentenceToken> tokens, int first, int last, bool withArticle)
    {
        var builder = new System.Text.StringBuilder(withArticle ? "the " : string.Empty);
        for (var k = first; k <= last; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                builder.Append(t.Text);
                continue;
            }

            if (k > first && tokens[k - 1].IsWord || k > first && tokens[k - 1].Text == ".")
            {
                builder.Append(' ');
            }

            builder.Append(t.Text);
        }

        return builder.ToString();
    }

    /// <summary>A party-and-state label ("R-Ky.", "D-N.Y.", "D-Vermont"), which says where someone sits and names no one.</summary>
    public static bool IsPartyLabel(string name) => PartyLabel().IsMatch(name);

    [GeneratedRegex(@"^[RDI]-[A-Z][A-Za-z.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PartyLabel();
}
