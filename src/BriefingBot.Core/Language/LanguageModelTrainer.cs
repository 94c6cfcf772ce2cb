using BriefingBot.Core.Language.Corpus;
using BriefingBot.Core.Language.Parsing;
using BriefingBot.Core.Language.Tagging;

namespace BriefingBot.Core.Language;

/// <summary>
/// Trains the tagger and the parser from annotated sentences. The parser learns from tags predicted by
/// taggers that never saw the sentence (four-fold jackknifing), so it trains on the kind of tags it
/// will meet in use rather than on perfect ones.
/// </summary>
public static class LanguageModelTrainer
{
    public const int TaggerIterations = 8;
    public const int JackknifeTaggerIterations = 5;
    public const int ParserIterations = 12;
    public const int Folds = 4;

    public static (PosTagger Tagger, DependencyParser Parser) Train(IReadOnlyList<ConlluSentence> sentences, int seed, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var tagger = PosTagger.Train(sentences, TaggerIterations, seed, log);

        var predicted = new (string[] Upos, string[] Xpos)[sentences.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = sentences.Where((_, i) => i % Folds != fold).ToList();
            var foldTagger = PosTagger.Train(training, JackknifeTaggerIterations, seed + fold + 1);
            for (var i = fold; i < sentences.Count; i += Folds)
            {
                predicted[i] = foldTagger.Tag(sentences[i].Forms());
            }

            log?.Invoke($"jackknife fold {fold + 1}/{Folds} tagged");
        }

        var parseData = sentences.Select((s, i) => (
            new ParseInput(s.Forms(), predicted[i].Upos, predicted[i].Xpos),
            GoldHeads(s),
            GoldRelations(s))).ToList();
        var parser = DependencyParser.Train(parseData, ParserIterations, seed, log);
        return (tagger, parser);
    }

    /// <summary>The sentence's heads, 1-based with index 0 (the root) unused.</summary>
    public static int[] GoldHeads(ConlluSentence sentence) => [0, .. sentence.Tokens.Select(t => t.Head)];

    /// <summary>The sentence's relations, 1-based with index 0 (the root) unused.</summary>
    public static string[] GoldRelations(ConlluSentence sentence) => ["_", .. sentence.Tokens.Select(t => t.DepRel)];
}
