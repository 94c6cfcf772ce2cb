using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Answering;
using BriefingBot.Ingestion.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Open-domain NewsQA: every story of <c>newsqa_eval.jsonl</c> goes into one store, each question is asked without
/// saying which story it is about, and the answers are scored: is the first citation the question's story, and the
/// token F1 (SQuAD normalization) of the answer — the first entity's name, else the answer text — against the
/// reference, for all questions and for who/whom. The answers go through the same engine as <c>ask --input</c>.
/// </summary>
internal static class NewsQaBenchmark
{
    public static async Task<int> RunAsync(string evalDir, string[] args)
    {
        var path = Path.Combine(evalDir, "newsqa_eval.jsonl");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"newsqa: {path} not found (set BRIEFINGBOT_EVAL_DIR)");
            return 2;
        }

        var dump = args.SkipWhile(a => a != "--dump").Skip(1).FirstOrDefault();
        var keep = args.Contains("--keep");
        var dataDir = Directory.CreateTempSubdirectory("briefingbot-bench-newsqa-").FullName;
        try
        {
            var rows = File.ReadLines(path).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
            var stories = Path.Combine(dataDir, "stories.jsonl");
            await using (var writer = new StreamWriter(stories))
            {
                foreach (var story in rows.DistinctBy(r => r["story_id"]!.GetValue<string>()))
                {
                    await writer.WriteLineAsync(JsonSerializer.Serialize(new
                    {
                        id = story["story_id"]!.GetValue<string>(),
                        text = story["story_text"]!.GetValue<string>(),
                        source = "CNN",
                    }));
                }
            }

            await using var host = await BenchHost.StartAsync(dataDir);
            var build = Stopwatch.StartNew();
            var report = await host.Services.GetRequiredService<IngestionService>().IngestAsync([stories], null, CancellationToken.None);
            Console.WriteLine($"machine: {BenchHost.Machine()}");
            Console.WriteLine($"store: {report} in {build.Elapsed.TotalSeconds:0.0} s");

            // The set holds some stories twice, under ids taken from two tokenizations of the same text (23 texts, 47
            // ids): citing either copy cites the question's story. Both counts are reported.
            var sameText = rows
                .DistinctBy(r => r["story_id"]!.GetValue<string>())
                .ToDictionary(r => r["story_id"]!.GetValue<string>(), r => string.Concat(r["story_text"]!.GetValue<string>().Where(c => !char.IsWhiteSpace(c))), StringComparer.Ordinal);
            var engine = host.Services.GetRequiredService<IAnswerEngine>();
            var all = new Tally();
            var sameStory = 0;
            var who = new Tally();
            var times = new List<double>();
            StreamWriter? log = dump is null ? null : new StreamWriter(dump);
            foreach (var row in rows)
            {
                var question = row["question"]!.GetValue<string>();
                var expected = row["story_id"]!.GetValue<string>();
                var references = row["answers"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
                var watch = Stopwatch.StartNew();
                var answer = await engine.AskAsync(question, CancellationToken.None);
                times.Add(watch.Elapsed.TotalMilliseconds);
                var predicted = answer.ShortAnswer ?? (answer.Entities.Count > 0 ? answer.Entities[0].Name : answer.Text);
                var f1 = references.Max(r => TokenF1(predicted, r));
                var first = answer.Citations.Count > 0 && answer.Citations[0].ArticleId == expected;
                sameStory += first || answer.Citations.Count > 0 && sameText.TryGetValue(answer.Citations[0].ArticleId, out var cited) && cited == sameText[expected] ? 1 : 0;
                all.Add(first, f1);
                var qtype = row["qtype"]?.GetValue<string>();
                if (qtype is "who" or "whom")
                {
                    who.Add(first, f1);
                }

                if (log is not null)
                {
                    await log.WriteLineAsync(JsonSerializer.Serialize(new { question, qtype, story = expected, terms = QuestionParser.Parse(question).Terms, references, predicted, f1, first, cited = answer.Citations.Count > 0 ? answer.Citations[0].Sentence : null, citations = answer.Citations.Select(c => c.Sentence) }));
                }
            }

            log?.Dispose();
            times.Sort();
            Console.WriteLine($"questions: {all.Count} ({who.Count} who/whom); ask median {BenchHost.Percentile(times, 0.5):0.0} ms, p99 {BenchHost.Percentile(times, 0.99):0.0} ms");
            Console.WriteLine($"first citation is the question's story: all {all.FirstRight:P1}, who/whom {who.FirstRight:P1}; counting the set's second copy of the same text as the story, all {sameStory / (double)all.Count:P1}");
            Console.WriteLine($"answer token F1: all {all.F1:0.000}, who/whom {who.F1:0.000}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keep)
            {
                Console.WriteLine($"store kept in {dataDir}");
            }
            else
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    /// <summary>SQuAD's token F1: lower case, punctuation and articles removed, bag-of-tokens overlap.</summary>
    public static double TokenF1(string predicted, string reference)
    {
        var p = Normalize(predicted);
        var r = Normalize(reference);
        if (p.Count == 0 || r.Count == 0)
        {
            return p.Count == r.Count ? 1 : 0;
        }

        var counts = r.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var token in p)
        {
            if (counts.TryGetValue(token, out var n) && n > 0)
            {
                counts[token] = n - 1;
                common++;
            }
        }

        if (common == 0)
        {
            return 0;
        }

        var precision = common / (double)p.Count;
        var recall = common / (double)r.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static List<string> Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsPunctuation(c) || char.IsSymbol(c) ? ' ' : c);
        }

        return builder.ToString()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t is not ("a" or "an" or "the"))
            .ToList();
    }

    private sealed class Tally
    {
        private int right;
        private double f1;

        public int Count { get; private set; }

        public double FirstRight => Count == 0 ? 0 : right / (double)Count;

        public double F1 => Count == 0 ? 0 : f1 / Count;

        public void Add(bool first, double score)
        {
            Count++;
            right += first ? 1 : 0;
            f1 += score;
        }
    }
}
