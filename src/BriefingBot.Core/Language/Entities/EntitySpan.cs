namespace BriefingBot.Core.Language.Entities;

/// <summary>A named entity in a sentence: words <see cref="Start"/> up to (not including) <see cref="End"/>, 0-based, and its type.</summary>
public readonly record struct EntitySpan(int Start, int End, string Type)
{
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Place = "place";

    // Pronouns that stress the name before them ("Trump himself").
    private static readonly HashSet<string> Stressing = new(StringComparer.OrdinalIgnoreCase) { "himself", "herself", "itself", "themselves" };

    /// <summary>The types the recognizer finds.</summary>
    public static IReadOnlyList<string> Types { get; } = [Person, Organization, Place];

    public int Length => End - Start;

    public string Text(IReadOnlyList<string> words) => string.Join(' ', Enumerable.Range(Start, Length).Select(i => words[i]));

    /// <summary>
    /// The name as running text, without a possessive ending ("Trump 's" → "Trump"), the pronoun that stresses it
    /// ("Trump himself", a mention as GUM draws it) or an indefinite article ("a President Romney").
    /// </summary>
    public string Name(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var start = Length > 1 && words[Start] is "a" or "an" ? Start + 1 : Start; // "a President Romney"
        return UdTokenizer.Detokenize(words, start, Length > 1 && (IsPossessiveEnding(words[End - 1]) || Stressing.Contains(words[End - 1])) ? End - 1 : End);
    }

    /// <summary>Whether a token is the possessive ending a name may end in ("'s", "’s", "'").</summary>
    public static bool IsPossessiveEnding(string word) => word is "'s" or "’s" or "'";
}
