using BriefingBot.Core.Language;

namespace BriefingBot.Core.Answering;

/// <summary>How one analyzed sentence is read for the parties on one side of a target: shared by the answers and by ingestion.</summary>
internal static class StanceReading
{
    /// <summary>
    /// The parties one sentence puts on the asked side: those its parse shows (passives, relative clauses, pledged
    /// support, coordinated subjects, calls to resign) and those the surface patterns find (the tagger takes "back"
    /// in "Russia and China back Maduro" for an adverb) unless the parse reads every cue as about someone else;
    /// never a party the parse puts on the other side.
    /// </summary>
    public static List<string> Names(SentenceAnalysis analysis, string sentence, string target, IReadOnlySet<string> targetWords, bool supporters, Func<int, string?> pronoun)
    {
        var otherSide = ParsedStanceExtractor.Extract(analysis, targetWords, !supporters, pronoun).Select(NameFinder.Identity).ToHashSet(StringComparer.Ordinal);
        var parsed = ParsedStanceExtractor.Extract(analysis, targetWords, supporters, pronoun);
        var patterns = ParsedStanceExtractor.ReadsCuesAboutOthers(analysis, targetWords)
            ? []
            : StanceExtractor.Extract(sentence, target, supporters).Where(n => IsNameInParse(analysis, n));
        var names = patterns
            .Concat(parsed)
            .Where(n => !otherSide.Contains(NameFinder.Identity(n)))
            .DistinctBy(NameFinder.Identity, StringComparer.Ordinal)
            .ToList();

        // The two readings may cut one phrase differently ("more than a dozen other countries" / "dozen other
        // countries"): the longer stands for both.
        return names.Where(n => !names.Any(o => o.Length > n.Length && WordsOf(n).IsSubsetOf(WordsOf(o)))).ToList();
    }

    public static HashSet<string> WordsOf(string name) => Tokenizer.Words(name).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    // A pattern's "name" must be one in the parse too: a proper noun there, or a group ("senior military figures");
    // a capitalized opener such as "Following" is not.
    private static bool IsNameInParse(SentenceAnalysis analysis, string name)
    {
        var words = WordsOf(name);
        for (var i = 0; i < analysis.Words.Length; i++)
        {
            if (words.Contains(analysis.Words[i].ToLowerInvariant()) && (analysis.Upos[i] == "PROPN" || NameFinder.GroupNouns.Contains(analysis.Words[i])))
            {
                return true;
            }
        }

        return false;
    }
}
