using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Reads the stored articles not read yet for their supports / opposes relations and stores them, in batches, oldest
/// first, on one core. It runs after ingestion (the running bot's relation worker, the <c>ingest</c> verb), not inside it,
/// so storing articles keeps its pace; until an article is read, stance questions still read its sentences when asked.
/// A copy of stored text is marked read with nothing new; an article the extractor fails on is marked read and counted.
/// </summary>
public sealed class RelationReader(IStoryStore store, RelationExtractor extractor)
{
    public const int BatchSize = 64;

    public async Task<RelationReading> ReadPendingAsync(CancellationToken cancellationToken)
    {
        int articles = 0, relations = 0, failed = 0;
        while (true)
        {
            var batch = await store.GetArticlesToReadAsync(BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                return new RelationReading(articles, relations, failed);
            }

            var read = new List<(string ArticleId, IReadOnlyList<StanceRelation> Relations)>(batch.Count);
            foreach (var article in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                IReadOnlyList<StanceRelation> found = [];
                try
                {
                    found = article.IsCopy ? [] : extractor.Extract(article.Sentences);
                }
#pragma warning disable CA1031 // one unreadable article must not stop the others; it is counted, and its sentences are still read when asked
                catch (Exception)
#pragma warning restore CA1031
                {
                    failed++;
                }

                read.Add((article.ArticleId, found));
                relations += found.Count;
            }

            await store.SaveRelationsAsync(read, cancellationToken);
            articles += batch.Count;
        }
    }
}

/// <summary>What one <see cref="RelationReader.ReadPendingAsync"/> call did.</summary>
public sealed record RelationReading(int Articles, int Relations, int Failed);
