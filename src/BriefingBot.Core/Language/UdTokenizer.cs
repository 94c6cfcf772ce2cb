namespace BriefingBot.Core.Language;

/// <summary>
/// Splits a sentence into tokens the way Universal Dependencies English does: punctuation apart,
/// clitics apart ("don't" → "do" "n't", "Maduro's" → "Maduro" "'s"), currency and percent signs apart,
/// while abbreviations ("U.S.", "Col."), numbers ("1,000", "3.5") and hyphenated words stay whole.
/// </summary>
public static class UdTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr.", "mrs.", "ms.", "dr.", "col.", "gen.", "sen.", "rep.", "gov.", "lt.", "sgt.", "capt.", "maj.", "prof.", "st.",
        "jr.", "sr.", "inc.", "corp.", "co.", "ltd.", "vs.", "etc.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
        "sep.", "sept.", "oct.", "nov.", "dec.", "no.", "mt.", "ft.", "rev.", "e.g.", "i.e.", "a.m.", "p.m.",
    };

    // The states' abbreviations American papers use ("Lexington, Ky.", "R-Mo.").
    private static readonly HashSet<string> States = new(StringComparer.Ordinal)
    {
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.", "La.", "Md.",
        "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.",
        "Wash.", "Wis.", "Wyo.",
    };

    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "s'"];

    /// <summary>Joins UD tokens back into running text ("Jackson 's" → "Jackson's", "Half - Blood" → "Half-Blood").</summary>
    public static string Detokenize(IReadOnlyList<string> words, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(words);
        var builder = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            var word = words[i];
            var glued = i > start && (word is "-" or "'s" or "’s" or "'" or "n't" or "." or "," || words[i - 1] == "-");
            if (i > start && !glued)
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        return builder.ToString();
    }

    public static List<string> Tokenize(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<string>();
        foreach (var chunk in sentence.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = chunk.Replace('’', '\'').Replace('‘', '\'');
            var leading = new List<string>();
            var trailing = new List<string>();
            while (word.Length > 1 && IsOpening(word[0]))
            {
                leading.Add(word[..1]);
                word = word[1..];
            }

            while (word.Length > 1 && IsClosing(word[^1]) && !KeepsFinalPeriod(word))
            {
                trailing.Insert(0, word[^1..]);
                word = word[..^1];
            }

            tokens.AddRange(leading);
            if (word.Length > 1 && word[0] is '$' or '£' or '€' && char.IsDigit(word[1]))
            {
                tokens.Add(word[..1]);
                word = word[1..];
            }

            if (word.Length > 1 && word[^1] == '%')
            {
                tokens.AddRange(SplitClitic(word[..^1]));
                tokens.Add("%");
            }
            else
            {
                tokens.AddRange(SplitClitic(word));
            }

            tokens.AddRange(trailing);
        }

        return tokens;
    }

    private static IEnumerable<string> SplitClitic(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower is "can't" or "cannot")
        {
            return lower == "cannot" ? [word[..3], word[3..]] : [word[..2], word[2..]];
        }

        if (lower == "won't")
        {
            return [word[..2], word[2..]];
        }

        foreach (var clitic in Clitics)
        {
            if (lower.Length > clitic.Length && lower.EndsWith(clitic, StringComparison.Ordinal))
            {
                var cut = clitic == "s'" ? word.Length - 1 : word.Length - clitic.Length;
                return [word[..cut], word[cut..]];
            }
        }

        return [word];
    }

    // "Col.", "U.S.", "Ky.", and a party with a state ("R-Mo.", "D-Calif.").
    private static bool KeepsFinalPeriod(string word) =>
        word[^1] == '.' && (Abbreviations.Contains(word) || States.Contains(word) || (word.Length > 3 && word[1] == '-' && word[0] is 'R' or 'D' or 'I' && KeepsFinalPeriod(word[2..])) || (word.Length <= 5 && word.Count(c => c == '.') >= 2 && word.Replace(".", string.Empty, StringComparison.Ordinal).All(char.IsLetter)) || (word.Length == 2 && char.IsUpper(word[0])));

    private static bool IsOpening(char c) => c is '(' or '[' or '{' or '"' or '\'' or '“' or '«';

    private static bool IsClosing(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '"' or '”' or '»' or '…' or '\'';
}
