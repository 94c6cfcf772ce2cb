namespace BriefingBot.Core.Language.Learning;

/// <summary>Word forms reduced to what generalizes: a normalized lower-case form and a compressed shape ("Xxx", "dd", "X.X.").</summary>
public static class WordShape
{
    public static string Normalize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 4 && word.All(char.IsDigit))
        {
            return "!YEAR";
        }

        if (word.Length > 0 && char.IsDigit(word[0]))
        {
            return "!DIGITS";
        }

        if (word.Length > 1 && word.IndexOf('-', 1) > 0 && !word.EndsWith('-'))
        {
            return "!HYPHEN";
        }

        return word.ToLowerInvariant();
    }

    public static string Shape(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 12)];
        var length = 0;
        var previous = '\0';
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != previous && length < buffer.Length)
            {
                buffer[length++] = s;
            }

            previous = s;
        }

        return new string(buffer[..length]);
    }

    public static ReadOnlySpan<char> Suffix(string word, int length) => word.Length <= length ? word : word.AsSpan(word.Length - length);

    public static ReadOnlySpan<char> Prefix(string word, int length) => word.Length <= length ? word : word.AsSpan(0, length);
}
