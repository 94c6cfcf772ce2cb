using System.Diagnostics;
using System.Text.Json;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Language;
using BriefingBot.Core.Stories;
using BriefingBot.Ingestion.Pipeline;
using BriefingBot.Storage;
using BriefingBot.Storage.Sqlite;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Builds a store of at least 20,000 articles (the BBC corpus replicated with varied ids), then times
/// the answer engine and the bare FTS5 query it runs on, question by question in the same run, and the
/// peak memory of a separate <c>briefingbot ask</c> process on that store.
/// </summary>
internal static class AskBenchmark
{
    private const int Copies = 9;
    private const int Questions = 300;

    public static async Task<int> RunAsync(string evalDir, string[] args)
    {
        var corpus = Path.Combine(evalDir, "bbc_news_corpus.jsonl");
        var keep = args.Contains("--keep");
        var dataDir = args.SkipWhile(a => a != "--data-dir").Skip(1).FirstOrDefault() ?? Directory.CreateTempSubdirectory("briefingbot-bench-ask-").FullName;
        try
        {
            await using var host = await BenchHost.StartAsync(dataDir);
            var store = host.Services.GetRequiredService<IStoryStore>();
            if ((await store.GetStatisticsAsync(CancellationToken.None)).Articles < 20_000)
            {
                var replicated = Path.Combine(dataDir, "replicated.jsonl");
                await Replicate(corpus, replicated);
                var build = Stopwatch.StartNew();
                var report = await host.Services.GetRequiredService<IngestionService>().IngestAsync([replicated], null, CancellationToken.None);
                Console.WriteLine($"built store: {report} in {build.Elapsed.TotalSeconds:0.0} s");
            }

            var stats = await store.GetStatisticsAsync(CancellationToken.None);
            Console.WriteLine($"machine: {BenchHost.Machine()}");
            Console.WriteLine($"store: {stats.Articles:N0} articles, {stats.Sentences:N0} sentences");

            var questions = QuestionsFrom(corpus);
            var recording = new RecordingStore(store);
            var engine = new ExtractiveAnswerEngine(recording);
            foreach (var q in questions.Take(20))
            {
                await engine.AskAsync(q, CancellationToken.None); // warm-up: JIT, page cache
            }

            if (host.Services.GetRequiredService<StoreDatabase>() is not SqliteDatabase database)
            {
                // PostgreSQL: the answers' times alone (the bare-query comparison and the memory runs replay SQLite's).
                var times = new List<double>();
                foreach (var question in questions)
                {
                    times.Add(await TimeAsk(engine, question));
                }

                times.Sort();
                Console.WriteLine($"ask  ({times.Count} questions): median {BenchHost.Percentile(times, 0.5):0.00} ms, p99 {BenchHost.Percentile(times, 0.99):0.00} ms, max {times[^1]:0.00} ms");
                return 0;
            }

            await using var connection = await database.OpenSqliteAsync(CancellationToken.None);

            // Per question: the answer, and the bare FTS5 queries that answer ran, replayed on their own.
            // The order alternates so neither side always finds the pages the other just read.
            var askTimes = new List<double>();
            var ftsTimes = new List<double>();
            for (var i = 0; i < questions.Count; i++)
            {
                recording.Searches.Clear();
                await engine.AskAsync(questions[i], CancellationToken.None);
                var searches = recording.Searches.ToList();
                if (i % 2 == 0)
                {
                    ftsTimes.Add(await TimeBareQueries(connection, searches));
                    askTimes.Add(await TimeAsk(engine, questions[i]));
                }
                else
                {
                    askTimes.Add(await TimeAsk(engine, questions[i]));
                    ftsTimes.Add(await TimeBareQueries(connection, searches));
                }
            }

            askTimes.Sort();
            ftsTimes.Sort();
            var askMedian = BenchHost.Percentile(askTimes, 0.5);
            var ftsMedian = BenchHost.Percentile(ftsTimes, 0.5);
            Console.WriteLine($"ask  ({askTimes.Count} questions): median {askMedian:0.00} ms, p99 {BenchHost.Percentile(askTimes, 0.99):0.00} ms, max {askTimes[^1]:0.00} ms");
            Console.WriteLine($"bare FTS5 queries it ran:    median {ftsMedian:0.00} ms, p99 {BenchHost.Percentile(ftsTimes, 0.99):0.00} ms");
            Console.WriteLine($"ask / bare FTS5 (medians): {askMedian / ftsMedian:0.00}x");
            await PeakMemoryOfAskProcess(dataDir, questions[0]); // an open question: retrieval only
            await PeakMemoryOfAskProcess(dataDir, "who backs Blair"); // a stance question with evidence: loads the language models
            return 0;
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    private static async Task<double> TimeAsk(ExtractiveAnswerEngine engine, string question)
    {
        var watch = Stopwatch.StartNew();
        await engine.AskAsync(question, CancellationToken.None);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> TimeBareQueries(Microsoft.Data.Sqlite.SqliteConnection connection, List<(SearchQuery Query, int Limit)> searches)
    {
        var watch = Stopwatch.StartNew();
        foreach (var (query, limit) in searches)
        {
            if (FtsQuery.Build(query) is { } match)
            {
                _ = (await connection.QueryAsync<(long, double)>("SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH @match ORDER BY rank LIMIT @limit", new { match, limit })).AsList();
            }
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task Replicate(string corpus, string target)
    {
        await using var writer = new StreamWriter(target);
        for (var copy = 0; copy < Copies; copy++)
        {
            foreach (var line in File.ReadLines(corpus))
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var id = root.GetProperty("id").GetString();
                await writer.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    id = $"{id}-r{copy}",
                    title = root.GetProperty("title").GetString(),
                    text = root.GetProperty("text").GetString(),
                    source = "BBC",
                }));
            }
        }
    }

    // Questions of the kinds users ask, built from the corpus' own headlines so that most have answers.
    private static List<string> QuestionsFrom(string corpus)
    {
        var random = new Random(7);
        var titles = File.ReadLines(corpus).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()!).ToList();
        var questions = new List<string>();
        while (questions.Count < Questions)
        {
            var title = titles[random.Next(titles.Count)];
            var name = Tokenizer.Words(title).FirstOrDefault(w => char.IsUpper(w[0]) && w.Length > 3);
            questions.Add((questions.Count % 3) switch
            {
                0 => $"what happened with {title}",
                1 when name is not null => $"who backs {name}",
                _ => $"who {title.ToLowerInvariant()}",
            });
        }

        return questions;
    }

    private static async Task PeakMemoryOfAskProcess(string dataDir, string question)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "briefingbot.dll");
        if (!File.Exists("/usr/bin/time") || !File.Exists(cli))
        {
            Console.WriteLine("peak memory: skipped (needs /usr/bin/time)");
            return;
        }

        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%M", "dotnet", cli, "ask", question, "--json", "--data-dir", dataDir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        _ = await process.StandardOutput.ReadToEndAsync();
        var err = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var kb = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        Console.WriteLine($"peak memory of 'briefingbot ask \"{question}\"' on this store: {(long.TryParse(kb, out var k) ? $"{k / 1024.0:0} MB" : "unknown: " + err)}");
    }
}
