using BriefingBot.Core.Language.Corpus;

namespace BriefingBot.Core.Language.Entities;

/// <summary>Trains the entity recognizer on GUM sentences, tagged and parsed by the models it will work with in use.</summary>
public static class EntityTrainer
{
    public const int Iterations = 10;

    public static EntityRecognizer Train(LanguageModels models, IReadOnlyList<ConlluSentence> sentences, int seed, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(sentences);
        var data = sentences.Select(s =>
        {
            var heads = GumEntities.Named(s).ToDictionary(m => GumEntities.HeadOf(s, m.Start, m.End), m => m.Type);
            return (models.AnalyzeSyntax(s.Forms()), (IReadOnlyDictionary<int, string>)heads); // the tree is what the features read
        }).ToList();
        log?.Invoke($"entities: {data.Sum(d => d.Item2.Count):N0} named mentions in {data.Count:N0} sentences");
        return EntityRecognizer.Train(data, Iterations, seed, log);
    }

    /// <summary>Exact-span, typed precision, recall and F1 of the recognizer against GUM's named mentions.</summary>
    /// <param name="documents">Each document's annotated sentences with the bot's analyses of them (names decided per document).</param>
    public static (double Precision, double Recall, double F1, int Gold) Score(IEnumerable<(IReadOnlyList<ConlluSentence> Gold, IReadOnlyList<SentenceAnalysis> Read)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int tp = 0, predictedCount = 0, goldCount = 0;
        foreach (var (document, analyses) in documents)
        {
            for (var i = 0; i < document.Count; i++)
            {
                var predicted = analyses[i].Entities;
                var gold = GumEntities.Named(document[i]).ToHashSet();
                tp += predicted.Count(gold.Contains);
                predictedCount += predicted.Count;
                goldCount += gold.Count;
            }
        }

        var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
        var recall = goldCount == 0 ? 0 : (double)tp / goldCount;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), goldCount);
    }
}
