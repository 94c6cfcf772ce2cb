namespace BriefingBot.Core.Language;

/// <summary>
/// The forms of an English verb from its base form, so a word list names each verb once: "castigate" gives
/// "castigates", "castigated", "castigating"; "slam" gives "slammed"; "decry" gives "decries", "decried".
/// </summary>
public static class VerbForms
{
    // Verbs whose past forms do not end in -ed.
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["overthrow"] = ["overthrew", "overthrown"],
        ["tear"] = ["tore", "torn"],
        ["stand"] = ["stood"],
        ["stick"] = ["stuck"],
        ["go"] = ["went", "gone"],
        ["take"] = ["took", "taken"],
        ["hit"] = ["hit"],
        ["come"] = ["came"],
        ["speak"] = ["spoke", "spoken"],
        ["lay"] = ["laid"],
        ["draw"] = ["drew", "drawn"],
        ["extol"] = ["extolled"],
        ["make"] = ["made"],
        ["give"] = ["gave", "given"],
        ["send"] = ["sent"],
        ["level"] = ["leveled", "levelled"],
    };

    /// <summary>The base form, the third person, the past forms and the -ing form of each verb given.</summary>
    public static IEnumerable<string> Of(IEnumerable<string> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        foreach (var verb in bases)
        {
            yield return verb;
            yield return ThirdPerson(verb);
            if (Irregular.TryGetValue(verb, out var past))
            {
                foreach (var form in past)
                {
                    yield return form;
                }
            }
            else
            {
                yield return Past(verb);
            }

            yield return Progressive(verb);
        }
    }

    private static string ThirdPerson(string verb) =>
        EndsWithConsonantY(verb) ? verb[..^1] + "ies"
        : verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal)
            || verb.EndsWith('x') || verb.EndsWith('z') || verb == "go" ? verb + "es"
        : verb + "s";

    private static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d"
        : EndsWithConsonantY(verb) ? verb[..^1] + "ied"
        : DoublesLast(verb) ? verb + verb[^1] + "ed"
        : verb + "ed";

    private static string Progressive(string verb) =>
        verb.EndsWith("ee", StringComparison.Ordinal) ? verb + "ing"
        : verb.EndsWith("ie", StringComparison.Ordinal) ? verb[..^2] + "ying"
        : verb.EndsWith('e') ? verb[..^1] + "ing"
        : DoublesLast(verb) ? verb + verb[^1] + "ing"
        : verb + "ing";

    private static bool EndsWithConsonantY(string verb) => verb.Length > 2 && verb[^1] == 'y' && !IsVowel(verb[^2]);

    // A short verb ending consonant-vowel-consonant doubles its last letter: "slam" → "slammed", "rip" → "ripping"
    // (not "w", "x" or "y": "snow", "tax", "play"); so does a longer one stressed at the end ("extolling").
    private static bool DoublesLast(string verb) =>
        verb == "extol" || verb.Length is >= 3 and <= 4 && !IsVowel(verb[^1]) && verb[^1] is not ('w' or 'x' or 'y')
        && IsVowel(verb[^2]) && !IsVowel(verb[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
