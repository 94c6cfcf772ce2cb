using BriefingBot.Core.Language.Corpus;

namespace BriefingBot.Core.Language.Coreference;

/// <summary>
/// Scores <see cref="CoreferenceResolver"/> on GUM with the corpus' own mentions and types ("gold mentions": what is
/// measured is the linking), read through the bot's tagger and parser, which find each mention's head.
/// </summary>
public static class CoreferenceEvaluation
{
    /// <param name="documents">Each document's annotated sentences with the bot's analyses of them.</param>
    public static Muc Score(IEnumerable<(IReadOnlyList<ConlluSentence> Gold, IReadOnlyList<SentenceAnalysis> Read)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var total = default(Muc);
        foreach (var (document, analyses) in documents)
        {
            var mentions = new List<(Mention Mention, string Chain)>();
            for (var s = 0; s < document.Count; s++)
            {
                var analysis = analyses[s];
                foreach (var (start, end, type, id) in GumEntities.Mentions(document[s]))
                {
                    var head = GumEntities.HeadOf(analysis.Heads, start, end);
                    var plural = analysis.Xpos[head] is "NNS" or "NNPS" || (end - start > 2 && analysis.Words.AsSpan(start, end - start).Contains("and"));
                    mentions.Add((new Mention(s, start, end, analysis.Words[head], analysis.Upos[head], analysis.Words[start], type, plural, analysis.IsMainSubject(head)), id));
                }
            }

            mentions.Sort((a, b) => a.Mention.Sentence != b.Mention.Sentence ? a.Mention.Sentence.CompareTo(b.Mention.Sentence)
                : a.Mention.Start != b.Mention.Start ? a.Mention.Start.CompareTo(b.Mention.Start)
                : b.Mention.End.CompareTo(a.Mention.End));
            var chains = CoreferenceResolver.Resolve(mentions.Select(m => m.Mention).ToList());
            total += Muc.Score(mentions.Select(m => m.Chain).ToList(), chains);
        }

        return total;
    }
}
