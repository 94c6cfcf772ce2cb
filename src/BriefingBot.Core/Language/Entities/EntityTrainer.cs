using BriefingBot.Core.Language.Corpus;
using BriefingBot.Core.Language.Learning;

namespace BriefingBot.Core.Language.Entities;

/// <summary>Trains the entity recognizer on GUM sentences, tagged and parsed by the models it will work with in use.</summary>
public static class EntityTrainer
{
    public const int Iterations = 10;

    /// <summary>Models trained on the data in different orders whose mean is the recognizer (see <see cref="AveragedPerceptron.Mean"/>).</summary>
    public const int Runs = 5;

    /// <summary>
    /// Trains on GUM train documents, each analyzed as the recognizer will see it in use: with the words the document
    /// writes only as names (<see cref="DocumentNames"/>).
    /// </summary>
    public static EntityRecognizer Train(LanguageModels models, IReadOnlyList<IReadOnlyList<ConlluSentence>> documents, int seed, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(documents);
        var data = documents.SelectMany(document =>
        {
            var forms = document.Select(s => (IReadOnlyList<string>)s.Forms()).ToList();
            var names = DocumentNames.Of(forms);
            return document.Select((s, i) =>
            {
                var analysis = models.AnalyzeSyntax(forms[i], names); // the tree is what the features read
                return (analysis, GoldHeads(s, analysis));
            });
        }).ToList();
        log?.Invoke($"entities: {data.Sum(d => d.Item2.Count):N0} named mentions in {data.Count:N0} sentences");
        return EntityRecognizer.Train(data, Iterations, seed, log, Runs);
    }

    /// <summary>
    /// The type of each candidate head of the analysis that heads a gold name: the gold tree's head where the analysis
    /// has it as a candidate, else the candidate inside the name whose phrase is the name, else the one the analysis
    /// makes the name's head ("Antonín Leopold Dvořák" headed by "Dvořák" where the corpus heads it by "Antonín").
    /// </summary>
    public static IReadOnlyDictionary<int, string> GoldHeads(ConlluSentence gold, SentenceAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analysis);
        var candidates = EntityRecognizer.Candidates(analysis).ToList();
        var heads = new Dictionary<int, string>();
        foreach (var m in GumEntities.Named(gold))
        {
            var head = GumEntities.HeadOf(gold, m.Start, m.End);
            if (!candidates.Contains(head))
            {
                var inside = candidates.Where(c => c >= m.Start && c < m.End).ToList();
                var treeHead = GumEntities.HeadOf(analysis.Heads, m.Start, m.End);
                head = inside.Count == 0 ? head : inside.FirstOrDefault(c => EntityRecognizer.Phrase(analysis, c) == (m.Start, m.End), inside.Contains(treeHead) ? treeHead : inside[0]);
            }

            heads[head] = m.Type;
        }

        return heads;
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
