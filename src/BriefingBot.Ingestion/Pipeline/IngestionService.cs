using System.Diagnostics;
using BriefingBot.Core.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingestion.Pipeline;

/// <summary>
/// The ingestion pipeline: read each location, analyze drafts in parallel batches, write each batch in one
/// transaction. A bad item is reported and skipped; what was stored before it stays stored.
/// </summary>
public sealed partial class IngestionService(
    SourceReader reader,
    ArticleAnalyzer analyzer,
    IStoryStore store,
    IngestionStatus status,
    ISourceStateStore sources,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<IngestionService> logger)
{
    public async Task<IngestionReport> IngestAsync(IReadOnlyList<string> locations, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(locations);
        var report = new IngestionReport();
        var stopwatch = Stopwatch.StartNew();
        var batchSize = options.Value.BatchSize;
        foreach (var location in locations)
        {
            var total = progress is null ? null : EstimateTotal(location); // an extra read only when someone shows progress
            var processed = 0;
            var addedBefore = report.Added + report.Linked;
            var batch = new List<ArticleDraft>(batchSize);
            progress?.Report(new IngestionProgress(location, 0, total));
            await foreach (var item in reader.ReadAsync(location, cancellationToken))
            {
                if (item.Issue is { } issue)
                {
                    report.Issues.Add(issue);
                    LogIssue(logger, issue.ToString());
                    processed++;
                }
                else
                {
                    batch.Add(item.Draft!);
                }

                if (batch.Count >= batchSize)
                {
                    processed += await FlushAsync(batch, report, cancellationToken);
                    progress?.Report(new IngestionProgress(location, processed, total));
                }
            }

            processed += await FlushAsync(batch, report, cancellationToken);
            progress?.Report(new IngestionProgress(location, processed, total ?? processed));
            await sources.RecordItemsAsync(location, time.GetUtcNow(), report.Added + report.Linked - addedBefore, cancellationToken);
        }

        report.Elapsed = stopwatch.Elapsed;
        status.Record(report);
        return report;
    }

    private async Task<int> FlushAsync(List<ArticleDraft> batch, IngestionReport report, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var count = batch.Count;
        var analyzed = batch
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(draft => analyzer.Analyze(draft))
            .ToList();
        batch.Clear();
        foreach (var result in await store.AddAsync(analyzed, cancellationToken))
        {
            switch (result.Outcome)
            {
                case AddOutcome.Added:
                    report.Added++;
                    break;
                case AddOutcome.LinkedNearDuplicate or AddOutcome.JoinedEvent:
                    report.Linked++;
                    break;
                default:
                    report.Duplicates++;
                    break;
            }
        }

        return count;
    }

    // Known up front only for local JSONL files (their lines) and folders (their files).
    private static int? EstimateTotal(string location)
    {
        try
        {
            if (Directory.Exists(location))
            {
                return SourceReader.ExpandDirectory(location).Count;
            }

            if (File.Exists(location) && Path.GetExtension(location).ToLowerInvariant() is ".jsonl" or ".ndjson")
            {
                var lines = 0;
                foreach (var line in File.ReadLines(location))
                {
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        lines++;
                    }
                }

                return lines;
            }
        }
        catch (IOException)
        {
            // The reader reports the real problem.
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingestion: {Issue}")]
    private static partial void LogIssue(ILogger logger, string issue);
}
