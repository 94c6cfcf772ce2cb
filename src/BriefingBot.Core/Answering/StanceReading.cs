using System.Text.RegularExpressions;
using BriefingBot.Core.Language;

namespace BriefingBot.Core.Answering;

/// <summary>How one analyzed sentence is read for the parties on each side of a target: shared by the answers and by the relation reader.</summary>
internal static partial class StanceReading
{
    // Prepositions that put an action somewhere rather than name who acts.
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "into", "near", "across", "inside", "outside", "throughout", "around",
    };

    private static readonly HashSet<string> Descriptive = new(StringComparer.OrdinalIgnoreCase)
    {
        "another", "a", "an", "the", "one", "his", "her", "their", "its", "fellow", "former",
    };

    // Those who act in law for whoever's they are.
    private static readonly HashSet<string> Counsel = new(StringComparer.OrdinalIgnoreCase) { "attorney", "lawyer", "lawyers" };

    // Those who speak for the name before them: "a Labour Party spokesman criticised…" is the party speaking.
    private static readonly HashSet<string> SpeakingRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "representative", "representatives",
    };

    /// <summary>
    /// The parties one sentence puts on the asked side: those its parse shows (passives, relative clauses, pledged
    /// support, coordinated subjects, calls to resign) and those the surface patterns find (the tagger takes "back"
    /// in "Russia and China back Maduro" for an adverb) unless the parse reads every cue as about someone else;
    /// never a party the parse puts on the other side.
    /// </summary>
    public static List<string> Names(SentenceAnalysis analysis, string sentence, string target, IReadOnlySet<string> targetWords, bool supporters, Func<int, string?> pronoun)
    {
        var otherSide = ParsedStanceExtractor.Extract(analysis, targetWords, !supporters, pronoun);
        var asked = ParsedStanceExtractor.Extract(analysis, targetWords, supporters, pronoun);
        return Combine(analysis, sentence, target, supporters, asked, otherSide, !ParsedStanceExtractor.ReadsCuesAboutOthers(analysis, targetWords));
    }

    /// <summary>The parties on each side of the target (as <see cref="Names"/> reads them), each side's parse read once.</summary>
    public static (List<string> Supporters, List<string> Opponents) BothSides(SentenceAnalysis analysis, string sentence, string target, IReadOnlySet<string> targetWords, Func<int, string?> pronoun)
    {
        var backing = ParsedStanceExtractor.Extract(analysis, targetWords, supporters: true, pronoun);
        var opposing = ParsedStanceExtractor.Extract(analysis, targetWords, supporters: false, pronoun);
        var patterns = !ParsedStanceExtractor.ReadsCuesAboutOthers(analysis, targetWords);
        return (Combine(analysis, sentence, target, true, backing, opposing, patterns), Combine(analysis, sentence, target, false, opposing, backing, patterns));
    }

    private static List<string> Combine(SentenceAnalysis analysis, string sentence, string target, bool supporters, List<string> asked, List<string> otherSide, bool patterns)
    {
        var other = otherSide.Select(NameFinder.Identity).ToHashSet(StringComparer.Ordinal);
        var found = patterns ? StanceExtractor.Extract(sentence, target, supporters).Where(n => IsNameInParse(analysis, n)) : [];
        var names = found
            .Concat(asked)
            .Where(n => !other.Contains(NameFinder.Identity(n)) && !NamesNoOne(n))
            .DistinctBy(NameFinder.Identity, StringComparer.Ordinal)
            .ToList();

        // The two readings may cut one phrase differently ("more than a dozen other countries" / "dozen other
        // countries"): the longer stands for both. A description followed by the name it describes ("Another top
        // Republican, Sen. Lindsey Graham") is that one party, under its name.
        return names
            .Where(n => !names.Any(o => o.Length > n.Length && WordsOf(n).IsSubsetOf(WordsOf(o))))
            .Where(n => !(IsDescription(n) && names.Any(o => o != n && sentence.Contains(n + ", " + o, StringComparison.Ordinal))))
            .ToList();
    }

    // "that October", "Monday": the parse now and then takes a time for the one who acts ("seen that October praising X");
    // nor is a party-and-state label ("McConnell, R-Ky., who backed…") anyone.
    private static bool NamesNoOne(string name) =>
        (Tokenizer.Words(name) is { Count: > 0 } words && TimeWords.All.Contains(words[^1]))
        || NameFinder.IsPartyLabel(name);

    // "Another top Republican", "a longtime ally", "the party's chairman": a description, not a list's first name ("Paramount,
    // Universal and Warner Bros.").
    private static bool IsDescription(string name) =>
        Tokenizer.Words(name) is { Count: > 1 } words && Descriptive.Contains(words[0]) && words.Skip(1).Any(w => char.IsLower(w[0]));

    public static HashSet<string> WordsOf(string name) => Tokenizer.Words(name).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    // A pattern's "name" must be one in the parse too: a proper noun there, or a group ("senior military figures");
    // a capitalized opener such as "Following" is not, nor a place a preposition puts the action in ("stopped him in
    // Plantation, Florida, … stickers supporting Trump"): only "by", "from" and "of" bring in a party.
    private static bool IsNameInParse(SentenceAnalysis analysis, string name)
    {
        var words = WordsOf(name);
        for (var i = 0; i < analysis.Words.Length; i++)
        {
            if (words.Contains(analysis.Words[i].ToLowerInvariant()) && (analysis.Upos[i] == "PROPN" || NameFinder.GroupNouns.Contains(analysis.Words[i]))
                && !IsPlaceOrDescription(analysis, i))
            {
                return true;
            }
        }

        return false;
    }

    // The word's name says where the action is ("in Plantation, Florida") or only describes a noun ("White House chief
    // strategist"), rather than naming who acts.
    private static bool IsPlaceOrDescription(SentenceAnalysis analysis, int word)
    {
        var head = word;
        while (analysis.Relations[head] is "flat" or "compound" or "appos" && analysis.Heads[head] > 0)
        {
            var governor = analysis.Heads[head] - 1;
            if (analysis.Relations[head] == "compound" && analysis.Upos[governor] == "NOUN" && !SpeakingRoles.Contains(analysis.Words[governor]))
            {
                return true; // "former White House chief strategist Steve Bannon": the name only says what he was
            }

            head = governor;
        }

        // "Lena Ortiz's sister, Dana, has opposed…": someone's relative or aide is the one who acts (not one who speaks
        // or acts in law for them: "Oklahoma's attorney general, Scott Pruitt" sued for Oklahoma).
        if (analysis.Relations[head] == "nmod:poss" && analysis.Heads[head] - 1 is var owned and >= 0
            && StanceCues.OwnedPeople.Contains(analysis.Words[owned]) && !SpeakingRoles.Contains(analysis.Words[owned]) && !Counsel.Contains(analysis.Words[owned]))
        {
            return true;
        }

        return analysis.Dependents(head).Any(d => analysis.Relations[d] == "case" && PlacePrepositions.Contains(analysis.Words[d]));
    }
}
