using System.Text.RegularExpressions;

namespace BriefingBot.Core.Language;

/// <summary>
/// The wire dateline an article opens with ("WASHINGTON (CNN) --", "LONDON, England (Reuters) —", "(CNN)",
/// "WASHINGTON —"): where and by whom it was filed, not part of what it says. Left in, it becomes the first words
/// of the summary and the "name" in the first sentence.
/// </summary>
public static partial class Dateline
{
    // The dashes a dateline ends with: two hyphens, an em dash, an en dash, or a horizontal bar (as some outlets set it).
    private const string Dashes = "--|—|–|―";

    /// <summary>The text without its opening dateline (unchanged when it has none).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (PlaceAndDash().Match(text) is { Success: true } place)
        {
            return text[place.Length..];
        }

        var match = Opening().Match(text);
        if (!match.Success)
        {
            return text;
        }

        // Without a dash after it, only a known wire or network counts: "(Laughs) The..." is not a dateline.
        return match.Groups["dash"].Success || KnownSource().IsMatch(match.Groups["source"].Value) ? text[match.Length..] : text;
    }

    [GeneratedRegex(@"^\s*(?:[A-Z][A-Za-z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?\s*)?\((?<source>[^()\n]{2,30})\)\s*(?:(?<dash>" + Dashes + @")\s*)?(?=[\p{Lu}\p{N}""“‘'])", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    // A place in capitals, perhaps with its state or country, then a dash: "WASHINGTON —", "BAGHDAD, Iraq --".
    [GeneratedRegex(@"^\s*[A-Z][A-Z.'’\- ]{2,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?\s*(?:" + Dashes + @")\s*(?=[\p{Lu}\p{N}""“‘'])", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAndDash();

    [GeneratedRegex(@"\b(?:CNN|AP|Reuters|AFP|Bloomberg|UPI|dpa)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KnownSource();
}
