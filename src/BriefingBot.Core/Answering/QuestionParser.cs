using System.Text.RegularExpressions;
using BriefingBot.Core.Language;

namespace BriefingBot.Core.Answering;

/// <summary>Reads what a question asks for: stance questions name a target; others become search terms.</summary>
public static partial class QuestionParser
{
    public static ParsedQuestion Parse(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim().TrimEnd('?', '.', '!').Trim();
        var terms = Tokenizer.Terms(text).Distinct(StringComparer.Ordinal).ToList();

        var support = SupportQuestion().Match(text);
        if (support.Success)
        {
            return new ParsedQuestion(text, QuestionKind.Supporters, CleanTarget(support.Groups["target"].Value), terms) { AsksForCountries = CountriesQuestion().IsMatch(text) };
        }

        var oppose = OpposeQuestion().Match(text);
        if (oppose.Success)
        {
            return new ParsedQuestion(text, QuestionKind.Opponents, CleanTarget(oppose.Groups["target"].Value), terms) { AsksForCountries = CountriesQuestion().IsMatch(text) };
        }

        var kind = WhoQuestion().IsMatch(text) ? QuestionKind.Who : QuestionKind.Open;
        return new ParsedQuestion(text, kind, null, terms) { Subject = kind == QuestionKind.Who ? SubjectOf(text) : null };
    }

    // "who is Geert Wilders" asks what someone is; "who is the new coach" or "who is Sarandon's daughter" asks for a name.
    private static List<string>? SubjectOf(string question)
    {
        var match = WhoIsQuestion().Match(question);
        if (!match.Success || match.Groups["subject"].Value.Contains('\'') || match.Groups["subject"].Value.Contains('’'))
        {
            return null;
        }

        var words = Tokenizer.Words(match.Groups["subject"].Value);
        // "who is challenging President Kibaki" asks who does something.
        return words.Count is >= 1 and <= 4 && words.All(w => !StopWords.Contains(w.ToLowerInvariant()))
            && !words.Any(w => char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal)) ? words : null;
    }

    private static string CleanTarget(string target) =>
        TargetTail().Replace(target.Trim(), string.Empty).Trim().Trim('"', '\'', '“', '”');

    [GeneratedRegex(@"^(?:who|which\s+\w+|what\s+\w+)\s+(?:(?:is|are|was|were|has|have)\s+)?(?:(?:been|now|still)\s+)?(?:backs?|backed|backing|supports?|supported|supporting|is\s+behind|are\s+behind|behind|endorsed?|endorses|recogni[sz]es?|recogni[sz]ed|sides?\s+with|sided\s+with|stands?\s+with|allied\s+with)\s+(?<target>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportQuestion();

    [GeneratedRegex(@"^(?:who|which\s+\w+|what\s+\w+)\s+(?:(?:is|are|was|were|has|have)\s+)?(?:(?:been|now|still)\s+)?(?:opposes?|opposed|opposing|against|criticized?|criticizes|criticised?|condemned|condemns?|sanctioned|sanctions|rejected|rejects?|slammed|slams?|called\s+on)\s+(?<target>.+?)(?:\s+to\s+(?:resign|quit|step\s+(?:aside|down)|leave(?:\s+office)?))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpposeQuestion();

    [GeneratedRegex(@"^who\s+(?:is|was|are|were)\s+(?<subject>[^,;]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoIsQuestion();

    [GeneratedRegex(@"^(?:which|what)\s+(?:countries|nations|governments|states)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountriesQuestion();

    [GeneratedRegex(@"^(?:who|whom|whose)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoQuestion();

    [GeneratedRegex(@"\s+(?:now|today|currently|these days|so far)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetTail();
}
