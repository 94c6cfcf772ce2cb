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
            return (models.Analyze(s.Forms()), (IReadOnlyDictionary<int, string>)heads);
        }).ToList();
        log?.Invoke($"entities: {data.Sum(d => d.Item2.Count):N0} named mentions in {data.Count:N0} sentences");
        return EntityRecognizer.Train(data, Iterations, seed, log);
    }

    /// <summary>Exact-span, typed precision, recall and F1 of the recognizer against GUM's named mentions, document by document.</summary>
    public static (double Precision, double Recall, double F1, int Gold) Score(LanguageModels models, IEnumerable<IReadOnlyList<ConlluSentence>> documents)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(documents);
        int tp = 0, predictedCount = 0, goldCount = 0;
        foreach (var document in documents)
        {
            var analyses = models.AnalyzeDocument(document.Select(s => (IReadOnlyList<string>)s.Forms()).ToList());
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
