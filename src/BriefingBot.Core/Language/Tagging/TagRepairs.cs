namespace BriefingBot.Core.Language.Tagging;

/// <summary>
/// Misreadings of the tagger that cost the answers their subject or their verb, mended before the parse. The
/// tagger, trained on web text with few headline-like sentences, often reads a verb of taking a side that is also a
/// noun or adverb ("back", "support", "vote", "fund") as the noun or adverb right after a plural subject ("Russia and
/// China back Maduro", "The Conservatives support ID cards") or after "to" ("are to back the plans"), and the parse
/// then has no verb: where the words on both sides leave no other reading (a plural subject, a subject pronoun, "to"
/// or a modal right before; a noun phrase right after, not a bare noun that would make a compound; the word itself in
/// lower case, not part of a name) the word is read as the verb, and its "-s" form so after a
/// singular name or "he"/"she"/"it" ("Labour supports…"). And a capitalized word it took for a pronoun that is none
/// ("Labour", a name it never saw) is read as a name. And a sentence's first word, which has no capital to tell a name
/// by, is a name when its document writes it only as one elsewhere (<see cref="DocumentNames"/>: "Schumer had praised…").
/// And "outspoken" is an adjective, not the passive it looks like ("have been outspoken in their criticism of…").
/// </summary>
public static class TagRepairs
{
    private static readonly HashSet<string> BaseForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "back", "support", "vote", "fund", "favor", "favour", "aid", "praise", "attack", "blast", "slam",
        "hail", "welcome", "snub", "challenge", "sponsor", "finance", "bankroll", "protest", "veto", "rally",
    };

    // Pronouns of more than three letters (the shorter ones are left as tagged).
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "mine", "myself", "your", "yours", "yourself", "yourselves", "hers", "herself", "himself", "itself", "ours",
        "ourselves", "their", "theirs", "them", "themselves", "they", "this", "that", "these", "those", "whom", "whose",
        "which", "what", "whoever", "whomever", "whatever", "whichever", "anyone", "anybody", "anything", "someone",
        "somebody", "something", "everyone", "everybody", "everything", "noone", "nobody", "none", "nothing", "ones",
        "oneself", "each", "other", "others", "another", "both", "some", "such", "thee", "thou", "thy", "thine", "y'all",
        "yall", "whoa", "here", "there", "much", "many", "most", "more", "less", "least", "several", "either", "neither", "half",
    };

    private static readonly HashSet<string> SpokenAdjectives = new(StringComparer.OrdinalIgnoreCase) { "outspoken", "soft-spoken", "plainspoken", "plain-spoken", "well-spoken" };

    private static readonly HashSet<string> PluralSubjects = new(StringComparer.OrdinalIgnoreCase) { "they", "we", "i", "you" };

    private static readonly HashSet<string> SingularSubjects = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it" };

    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "him", "her", "them", "us", "me", "it" };

    /// <summary>
    /// Retags, in place, each such word whose neighbours make it a verb or a name; <paramref name="names"/> are the words
    /// the sentence's document writes only as names, when known. Returns how many were retagged.
    /// </summary>
    public static int Repair(IReadOnlyList<string> words, string[] upos, string[] xpos, IReadOnlySet<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        var repaired = 0;

        // A sentence's first word that its document writes only as a name ("Schumer had praised…") is a name; one read as
        // an adjective only with no noun after it to modify ("Campese berates…", not "European champion Hayley Yelling").
        var first = DocumentNames.FirstWord(words);
        if (names is not null && first + 1 < words.Count && names.Contains(words[first])
            && (upos[first] is "NOUN" or "VERB" || (upos[first] == "ADJ" && (upos[first + 1] is "VERB" or "AUX" || xpos[first + 1] == "TO"))))
        {
            (upos[first], xpos[first]) = ("PROPN", xpos[first] == "NNS" && names.Contains(words[first][..^1]) ? "NNPS" : "NNP"); // "Democrats", not "Gates"
            repaired++;
        }

        // An acronym its document defines is a name wherever it is used ("WHO say…", read as the pronoun).
        for (var i = 0; names is not null && i < words.Count; i++)
        {
            if (upos[i] != "PROPN" && words[i].Length > 1 && words[i].All(char.IsAsciiLetterUpper) && names.Contains(words[i]))
            {
                (upos[i], xpos[i]) = ("PROPN", "NNP");
                repaired++;
            }
        }

        // Adjectives with a participle's ending are no passive verb ("have been outspoken in their criticism of…").
        for (var i = 0; i < words.Count; i++)
        {
            if (upos[i] == "VERB" && SpokenAdjectives.Contains(words[i]))
            {
                (upos[i], xpos[i]) = ("ADJ", "JJ");
                repaired++;
            }
        }

        // A capitalized word the tagger took for a pronoun that is none ("Labour", a name it never saw) is a name.
        for (var i = 0; i < words.Count; i++)
        {
            if (upos[i] == "PRON" && words[i].Length > 3 && char.IsUpper(words[i][0]) && words[i].All(char.IsLetter) && !Pronouns.Contains(words[i]))
            {
                upos[i] = "PROPN";
                xpos[i] = "NNP";
                repaired++;
            }
        }

        for (var i = 1; i + 1 < words.Count; i++)
        {
            // A capitalized one is part of a name ("Grand Slams", "TCI Fund Management").
            if (upos[i] is "VERB" or "AUX" || !char.IsLower(words[i][0]) || !StartsNounPhrase(words, upos, xpos, i + 1))
            {
                continue;
            }

            var word = words[i];
            string? tag = null;
            if (BaseForms.Contains(word))
            {
                // After a plural noun, a plain noun next is more likely a compound ("child support payments", "calms
                // attack fears"); after a pronoun, it must be the subject ("setting you back a vast distance").
                var plainNounNext = upos[i + 1] == "NOUN" && char.IsLower(words[i + 1][0]);
                tag = xpos[i - 1] is "TO" or "MD" || (upos[i - 1] == "PART" && words[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase)) ? "VB"
                    : plainNounNext ? null
                    : xpos[i - 1] is "NNS" or "NNPS" || IsCoordinated(words, upos, i - 1) || IsPluralName(words[i - 1], upos[i - 1]) ? "VBP"
                    : PluralSubjects.Contains(words[i - 1]) && (i < 2 || upos[i - 2] is not ("VERB" or "ADP")) ? "VBP"
                    : null;
            }
            else if (word.Length > 3 && word.EndsWith('s') && BaseForms.Contains(word[..^1]))
            {
                tag = (char.IsUpper(words[i - 1][0]) && xpos[i - 1] is not ("NNS" or "NNPS") && !IsPronoun(words[i - 1])) || SingularSubjects.Contains(words[i - 1]) ? "VBZ" : null;
            }

            if (tag is not null)
            {
                upos[i] = "VERB";
                xpos[i] = tag;
                repaired++;
            }
        }

        return repaired;
    }

    // The last word of names or nouns joined by "and" ("Russia and China", "the unions and the party").
    private static bool IsCoordinated(IReadOnlyList<string> words, string[] upos, int last)
    {
        if (upos[last] is not ("PROPN" or "NOUN"))
        {
            return false;
        }

        for (var k = last - 1; k >= 0 && upos[k] is "PROPN" or "NOUN" or "CCONJ" or "DET" or "ADJ" or "PUNCT"; k--)
        {
            if (words[k].Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (upos[k] == "PUNCT" && words[k] != ",")
            {
                return false;
            }
        }

        return false;
    }

    // "Tories", "Democrats": a proper noun with a plural ending, whatever number the tagger gave it.
    private static bool IsPluralName(string word, string upos) =>
        upos == "PROPN" && word.Length > 3 && char.IsUpper(word[0]) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    private static bool IsPronoun(string word) => PluralSubjects.Contains(word) || SingularSubjects.Contains(word) || ObjectPronouns.Contains(word)
        || word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase);

    // A determiner, a name, a number, a possessive or object pronoun, an adjective, or a capitalized or plural noun
    // ("back the plan", "support Maduro", "back ID cards", "fund schools").
    private static bool StartsNounPhrase(IReadOnlyList<string> words, string[] upos, string[] xpos, int j) =>
        upos[j] is "DET" or "PROPN" or "NUM" or "ADJ"
        || xpos[j] == "PRP$"
        || (upos[j] == "PRON" && ObjectPronouns.Contains(words[j]))
        || (upos[j] == "NOUN" && (char.IsUpper(words[j][0]) || xpos[j] == "NNS"));
}
