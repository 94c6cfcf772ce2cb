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

        // "who was backed by X", "what country is applauded for…" ask about the one who receives it.
        var passive = PassiveQuestion().IsMatch(text);
        var support = passive ? Match.Empty : SupportQuestionRegex.Match(text);
        if (support.Success)
        {
            var (target, reason) = TargetAndReason(support);
            return new ParsedQuestion(text, QuestionKind.Supporters, target, terms) { AsksForCountries = CountriesQuestion().IsMatch(text), Reason = reason };
        }

        var oppose = passive ? Match.Empty : OpposeQuestionRegex.Match(text);
        if (oppose.Success)
        {
            var (target, reason) = TargetAndReason(oppose);
            return new ParsedQuestion(text, QuestionKind.Opponents, target, terms) { AsksForCountries = CountriesQuestion().IsMatch(text), Reason = reason };
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

    // "criticized Obama for his comments", "accused the governor of lying": what follows the target is why. But "the
    // plan for an elected second chamber" and "the detention of foreign terror suspects" are one thing: after a
    // common noun (not a name), "of" or "for" with a noun phrase (not a possessive's or a gerund's) belongs to it.
    private static (string Target, IReadOnlyList<string> Reason) TargetAndReason(Match match)
    {
        var target = match.Groups["target"].Value.Trim();
        var reason = match.Groups["reason"].Value.Trim();
        var words = Tokenizer.Words(target);
        var reasonWords = Tokenizer.Words(reason);
        var commonNoun = words.Count > 0 && char.IsLower(words[^1][0]) && words.All(w => char.IsLower(w[0]) || w.Equals("The", StringComparison.Ordinal));
        if (reasonWords.Count > 0 && match.Groups["prep"].Value.ToLowerInvariant() is "of" or "for" && commonNoun
            && !ReasonOpeners.Contains(reasonWords[0]) && !reasonWords[0].EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return (CleanTarget($"{target} {match.Groups["prep"].Value} {reason}"), []);
        }

        return (CleanTarget(target), Tokenizer.Terms(reason));
    }

    private static readonly HashSet<string> ReasonOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "its", "their", "my", "our", "your", "being", "having", "not",
    };

    private static string CleanTarget(string target) =>
        TargetTail().Replace(target.Trim(), string.Empty).Trim().Trim('"', '\'', '“', '”');

    // The verbs of each side take any ending ("backs", "backed", "backing", "praises", "decried"), after "is", "has been"….
    private static readonly Regex SupportQuestionRegex = new(@"^(?:who|which\s+\w+|what\s+\w+)\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:(?:been|now|still|also)\s+)?(?:" + AskedVerbs(supporters: true) + @"|(?:(?:rall(?:y|ies|ied|ying)|st(?:and|ands|ood|anding))\s+)?behind|(?:sides?|sided|stands?|stood|standing)\s+(?:with|by)|allied\s+with)\s+(?<target>.+?)" + Reasons + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "who criticized X", "who voted against X", "who urged X to drop out", "who demanded X's resignation".
    private static readonly Regex OpposeQuestionRegex = new(@"^(?:who|which\s+\w+|what\s+\w+)\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:(?:been|now|still|also)\s+)?(?:(?:" + AskedVerbs(supporters: false) + @"|(?:(?:c[ao]mes?|coming|sp[eo]ak(?:s|ing)?|spoke)\s+out\s+)?against)\s+(?<target>.+?)" + Reasons + @"|(?:called\s+on|urged|asked|pressed|pushed|told|wants?|wanted)\s+(?<target>.+?)\s+to\s+(?:resign|quit|step\s+(?:aside|down)|drop\s+out|withdraw|bow\s+out|stand\s+down|leave(?:\s+office)?)\b.*|(?:called\s+for|demanded|demands|sought|seeks|urged)\s+(?<target>.+?)['’]s?\s+(?:resignation|ouster|removal|impeachment|firing)\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Longest first, so "criticized" is not read as "criticize" and a dangling "d".
    private static string AskedVerbs(bool supporters) =>
        "(?:" + string.Join('|', StanceCues.AskedForms(supporters).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(f => f.Length).Select(Regex.Escape)) + ")";

    // What a question adds after its target: "for his comments", "of lying", "over the vote" (a lower-case word follows,
    // so "the Bank of England" keeps its name).
    private const string Reasons = @"(?:\s+(?<prep>for|of|over|after|because)\s+(?<reason>(?-i:[a-z]).*))?";

    [GeneratedRegex(@"^(?:who|which\s+\w+|what\s+\w+)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:being|now|still|also)\s+)?\w+(?:ed|wn)\s+(?:by|for|over|as|of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveQuestion();

    [GeneratedRegex(@"^who\s+(?:is|was|are|were)\s+(?<subject>[^,;]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoIsQuestion();

    [GeneratedRegex(@"^(?:which|what)\s+(?:countries|nations|governments|states)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountriesQuestion();

    [GeneratedRegex(@"^(?:who|whom|whose)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoQuestion();

    [GeneratedRegex(@"\s+(?:now|today|currently|these days|so far)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TargetTail();
}
