using F23.StringSimilarity;

namespace BriefingBot.Core.Language;

/// <summary>
/// Reads a misspelled search word the way the stored articles spell it ("Islmabad", "Jaurez", "attourney"): a word
/// no article holds is taken for the stored word one edit away (a letter added, dropped or changed, or two letters
/// swapped) that most articles hold. Words are compared by their stems, as the index keeps them. Stems shorter than
/// <see cref="MinimumLength"/> are left alone, since one edit turns too many of them into another real word ("duel"
/// into "due", "tach" into "teach").
/// </summary>
public static class Spelling
{
    /// <summary>The shortest stem worth correcting.</summary>
    public const int MinimumLength = 5;

    private static readonly OptimalStringAlignment Edits = new();

    /// <summary>Whether a stem may be corrected: letters only, and long enough that one edit seldom makes another word.</summary>
    public static bool MayCorrect(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return stem.Length >= MinimumLength && stem.All(char.IsLetter);
    }

    /// <summary>Whether two words of four letters or more are one edit apart ("Kevil" and "Kevin").</summary>
    public static bool IsOneEditAway(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Math.Min(first.Length, second.Length) >= 4 && WithinOneEdit(first, second);
    }

    /// <summary>
    /// The stored stem one edit from <paramref name="stem"/> that the most articles hold (the alphabetically first of
    /// equals), or null when none is.
    /// </summary>
    public static string? Closest(string stem, IEnumerable<(string Term, long Articles)> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (!MayCorrect(stem))
        {
            return null;
        }

        return vocabulary
            .Where(v => v.Articles > 0 && v.Term != stem && WithinOneEdit(stem, v.Term))
            .OrderByDescending(v => v.Articles)
            .ThenBy(v => v.Term, StringComparer.Ordinal)
            .Select(v => v.Term)
            .FirstOrDefault();
    }

    private static bool WithinOneEdit(string first, string second) => Math.Abs(first.Length - second.Length) <= 1 && Edits.Distance(first, second) <= 1;
}
