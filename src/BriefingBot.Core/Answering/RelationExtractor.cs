using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Coreference;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Reads a stored article's supports / opposes relations (see <see cref="RelationReader"/>), so a stance question finds
/// them in every stored article, however many mention the target. Only sentences with a stance cue and at least two
/// capitalized words are parsed (about one in twenty of a news text); each name there (a run of proper nouns, without
/// titles) is taken as a target in turn and the sentence is read for the parties on each side of it, the same reading
/// the answers give a sentence at ask time. A pronoun party ("He has criticized Sessions") is named from the
/// sentences just before.
/// </summary>
public sealed class RelationExtractor(LanguageModels? languageModels = null)
{
    private LanguageModels Models => languageModels ?? LanguageModels.Default;

    public IReadOnlyList<StanceRelation> Extract(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var relations = new List<StanceRelation>();
        var read = new Dictionary<int, SentenceAnalysis>();
        var described = new Lazy<NounNames>(() => TargetDescriptions.NamesByNoun(sentences)); // "the president" for "President Donald Trump"
        var names = new Lazy<IReadOnlySet<string>>(() => DocumentNames.Of(sentences)); // "Schumer had praised…" after "Charles Schumer"
        SentenceAnalysis Read(int position) =>
            read.TryGetValue(position, out var analysis) ? analysis : read[position] = Models.Analyze(UdTokenizer.Tokenize(sentences[position]), names.Value);

        for (var position = 0; position < sentences.Count; position++)
        {
            if (!MayStateStance(sentences[position]))
            {
                continue;
            }

            var analysis = Read(position);
            var (first, last) = (Math.Max(0, position - PronounAntecedents.SentencesBefore), position);
            var passage = new Lazy<List<SentenceAnalysis>>(() => Enumerable.Range(first, last - first + 1).Select(Read).ToList());
            string? Pronoun(int word) => analysis.Upos[word] == "NOUN"
                ? TargetDescriptions.NameAt(analysis.Words, word, described.Value, position)
                : PronounAntecedents.NameFor(passage.Value, word);

            var seen = new HashSet<(string Party, bool Supports, string Target)>();
            foreach (var target in Targets(analysis))
            {
                var targetWords = StanceExtractor.TargetWords(target);
                var targetIdentity = NameFinder.Identity(target);
                if (targetWords.Count == 0 || targetIdentity.Length == 0)
                {
                    continue;
                }

                var (backers, opponents) = StanceReading.BothSides(analysis, sentences[position], target, targetWords, Pronoun);
                foreach (var (supports, parties) in (ReadOnlySpan<(bool, List<string>)>)[(true, backers), (false, opponents)])
                {
                    foreach (var party in parties)
                    {
                        var identity = NameFinder.Identity(party);
                        if (identity.Length > 0 && identity != targetIdentity && !StanceReading.WordsOf(party).IsSubsetOf(StanceReading.WordsOf(target))
                            && seen.Add((identity, supports, targetIdentity)))
                        {
                            relations.Add(new StanceRelation(position, party, supports, target));
                        }
                    }
                }
            }
        }

        return relations;
    }

    // The names a sentence may hold a stance on, as a question names them: each run of proper nouns without the
    // titles before it ("Prime Minister Benjamin Netanyahu of Israel" gives "Benjamin Netanyahu" and "Israel"), not a
    // lone day or month ("backed that view on Tuesday"). A recognized span is not used whole: its extra words ("of
    // Israel", "Minister") would count as the target wherever they stand in the sentence.
    private static IEnumerable<string> Targets(SentenceAnalysis analysis)
    {
        var names = new List<string>();
        for (var i = 0; i < analysis.Words.Length; i++)
        {
            if (analysis.Upos[i] != "PROPN")
            {
                continue;
            }

            var end = i;
            while (end + 1 < analysis.Words.Length && analysis.Upos[end + 1] == "PROPN")
            {
                end++;
            }

            var start = i;
            while (start < end && IsTitle(analysis.Words[start]))
            {
                start++;
            }

            if (end > start || !(TimeWords.Calendar.Contains(analysis.Words[start]) || IsTitle(analysis.Words[start])))
            {
                names.Add(UdTokenizer.Detokenize(analysis.Words, start, end + 1));
            }

            i = end;
        }

        return names.Distinct(StringComparer.Ordinal);

        static bool IsTitle(string word) => NameFinder.Titles.Contains(word.TrimEnd('.'));
    }

    // A sentence worth parsing: a word of either side's cues (or a call to go: "urged him to resign"), and two
    // capitalized words (a party and a target, or a pronoun's sentence-initial "He" and a target). Two cues are
    // mostly something else in news text and count only in their stance use: "back" before a name or "the"
    // ("back Maduro", not "came back in May"), and the verb "champion" (not "the world champion").
    private static bool MayStateStance(string sentence)
    {
        var words = Tokenizer.Words(sentence);
        bool cue = false, calling = false, going = false;
        var capitalized = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            cue = cue || word.ToLowerInvariant() switch
            {
                "back" => i + 1 < words.Count && (char.IsUpper(words[i + 1][0]) || words[i + 1] == "the"),
                "champion" or "champions" => false,
                _ => StanceCues.Support.Contains(word) || StanceCues.MayOppose(word) || StanceCues.PrepositionCueLength(words, i, supporters: true) > 0
                    || StanceCues.PrepositionCueLength(words, i, supporters: false) > 0 || StanceCues.HarshJudgments.Contains(word) || StanceCues.SupporterNouns.Contains(word) || StanceCues.OpponentNouns.Contains(word),
            };
            calling = calling || StanceCues.CallingVerbs.Contains(word) || StanceCues.PressingNouns.Contains(word) || StanceCues.WantingVerbs.Contains(word);
            going = going || StanceCues.GoingNouns.Contains(word) || StanceCues.GoingVerbs.Contains(word) || StanceCues.LeavingWithOut.Contains(word) || StanceCues.GivingUp.Contains(word)
                || StanceCues.EndingVerbs.Contains(word) || StanceCues.EndingNouns.Contains(word);
            capitalized += char.IsUpper(word[0]) ? 1 : 0;
        }

        return (cue || (calling && going)) && capitalized >= 2;
    }
}
