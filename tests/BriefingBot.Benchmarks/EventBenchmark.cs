using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Stories;
using BriefingBot.Ingestion.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks;

/// <summary>
/// One story per event across outlets, on <c>same_event_basil.jsonl</c> (100 events, each reported by NYT, Fox News
/// and HuffPost): the articles go through the real ingestion into an empty store — once in date order with their
/// dates, once shuffled with the dates withheld (text alone) — and the stories the store then lists (what
/// <c>stories --json</c> prints) are scored pairwise against the events: precision, recall, F1.
/// </summary>
internal static class EventBenchmark
{
    public static async Task<int> RunAsync(string evalDir, string[] args)
    {
        var path = Path.Combine(evalDir, "same_event_basil.jsonl");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"events: {path} not found (set BRIEFINGBOT_EVAL_DIR)");
            return 2;
        }

        var rows = File.ReadLines(path).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Console.WriteLine($"machine: {BenchHost.Machine()}");
        var byDate = rows.OrderBy(r => r["date"]!.GetValue<string>(), StringComparer.Ordinal).ThenBy(r => r["id"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        // "--shuffles N": text alone into an empty store in N more orders, to see how much one order's figure says.
        var shuffles = int.TryParse(args.SkipWhile(a => a != "--shuffles").Skip(1).FirstOrDefault(), out var n) ? n : 0;
        if (shuffles > 0)
        {
            var scores = new List<double>();
            for (var seed = 1; seed <= shuffles; seed++)
            {
                var order = new Random(seed);
                scores.Add(await ScoreAsync($"text alone, order {seed}, empty store", rows.OrderBy(_ => order.Next()).ToList(), withDates: false, null));
            }

            Console.WriteLine($"text alone over {shuffles} orders: mean F1 {scores.Average():0.000}, min {scores.Min():0.000}, max {scores.Max():0.000}");
            return 0;
        }

        var random = new Random(11);
        var shuffled = rows.OrderBy(_ => random.Next()).ToList();
        var bbc = Path.Combine(evalDir, "bbc_news_corpus.jsonl");
        foreach (var background in new[] { null, bbc })
        {
            var store = background is null ? "empty store" : "after the BBC corpus";
            await ScoreAsync($"with dates (date order), {store}", byDate, withDates: true, background);
            await ScoreAsync($"text alone (shuffled, no dates), {store}", shuffled, withDates: false, background);
        }
        return 0;
    }

    private static async Task<double> ScoreAsync(string label, List<JsonObject> rows, bool withDates, string? background)
    {
        var dataDir = Directory.CreateTempSubdirectory("briefingbot-bench-events-").FullName;
        try
        {
            var input = Path.Combine(dataDir, "basil.jsonl");
            await File.WriteAllLinesAsync(input, rows.Select(r => JsonSerializer.Serialize(new
            {
                id = r["id"]!.GetValue<string>(),
                title = r["title"]!.GetValue<string>(),
                text = r["text"]!.GetValue<string>(),
                source = r["outlet"]!.GetValue<string>(),
                published = withDates ? r["date"]!.GetValue<string>() + "T12:00:00Z" : null,
            })));
            await using var host = await BenchHost.StartAsync(dataDir);
            if (background is not null)
            {
                // A running bot has seen other news before these: the BBC corpus (2004–2005, dated "now") stands for it.
                await host.Services.GetRequiredService<IngestionService>().IngestAsync([background], null, CancellationToken.None);
            }

            var watch = Stopwatch.StartNew();
            var report = await host.Services.GetRequiredService<IngestionService>().IngestAsync([input], null, CancellationToken.None);
            var stories = await host.Services.GetRequiredService<IStoryStore>().GetStoriesAsync(null, 10_000, CancellationToken.None);
            var predicted = stories.SelectMany(s => s.Articles.Select(a => (a.ArticleId, s.StoryId))).ToDictionary(p => p.ArticleId, p => p.StoryId, StringComparer.Ordinal);
            var gold = rows.ToDictionary(r => r["id"]!.GetValue<string>(), r => r["event_id"]!.GetValue<string>(), StringComparer.Ordinal);
            var ids = gold.Keys.ToList();
            long tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    var same = predicted[ids[i]] == predicted[ids[j]];
                    var truth = gold[ids[i]] == gold[ids[j]];
                    tp += same && truth ? 1 : 0;
                    fp += same && !truth ? 1 : 0;
                    fn += !same && truth ? 1 : 0;
                }
            }

            var precision = tp / (double)Math.Max(1, tp + fp);
            var recall = tp / (double)Math.Max(1, tp + fn);
            var f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
            Console.WriteLine($"{label}: {stories.Count} stories for 100 events; pairwise P {precision:0.000} R {recall:0.000} F1 {f1:0.000} ({report}, {watch.Elapsed.TotalSeconds:0.0} s)");
            return f1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
