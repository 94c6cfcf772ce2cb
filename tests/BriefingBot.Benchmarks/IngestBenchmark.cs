using System.Diagnostics;
using System.Text.Json;
using BriefingBot.Core.Stories;
using BriefingBot.Ingestion.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Ingests the BBC corpus (2,225 articles) into an empty store through the real pipeline — parse,
/// analyze, summarize, index, commit — and checks that every flagged exact-duplicate pair lands in one story.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(string evalDir)
    {
        var corpus = Path.Combine(evalDir, "bbc_news_corpus.jsonl");
        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"missing {corpus}");
            return 1;
        }

        var dataDir = Directory.CreateTempSubdirectory("briefingbot-bench-ingest-").FullName;
        try
        {
            await using var host = await BenchHost.StartAsync(dataDir);
            var ingestion = host.Services.GetRequiredService<IngestionService>();
            var stopwatch = Stopwatch.StartNew();
            var report = await ingestion.IngestAsync([corpus], null, CancellationToken.None);
            stopwatch.Stop();
            var total = report.Added + report.Linked + report.Duplicates;
            Console.WriteLine($"machine: {BenchHost.Machine()}");
            Console.WriteLine($"ingest {corpus}: {total} articles in {stopwatch.Elapsed.TotalSeconds:0.00} s = {total / stopwatch.Elapsed.TotalSeconds:0} articles/s ({report})");

            var stories = await host.Services.GetRequiredService<IStoryStore>().GetStoriesAsync(null, int.MaxValue, CancellationToken.None);
            var storyOf = stories.SelectMany(s => s.Articles.Select(a => (a.ArticleId, s.StoryId))).ToDictionary(x => x.ArticleId, x => x.StoryId);
            var pairs = 0;
            var together = 0;
            foreach (var line in File.ReadLines(corpus))
            {
                using var doc = JsonDocument.Parse(line);
                var id = doc.RootElement.GetProperty("id").GetString()!;
                foreach (var other in doc.RootElement.GetProperty("exact_duplicate_ids").EnumerateArray().Select(e => e.GetString()!).Where(o => string.CompareOrdinal(id, o) < 0))
                {
                    pairs++;
                    if (storyOf.TryGetValue(id, out var a) && storyOf.TryGetValue(other, out var b) && a == b)
                    {
                        together++;
                    }
                }
            }

            var multi = stories.Count(s => s.Articles.Count > 1);
            Console.WriteLine($"exact-duplicate pairs in one story: {together}/{pairs}; stories: {stories.Count}, of which {multi} hold more than one article");
            return 0;
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
