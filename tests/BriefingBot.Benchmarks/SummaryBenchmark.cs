using System.Globalization;
using System.Text.Json.Nodes;
using BriefingBot.Core.Language;
using BriefingBot.Core.Summarization;

namespace BriefingBot.Benchmarks;

/// <summary>
/// ROUGE of the extractive summarizer against LEAD-3 on <c>summarization_news_eval.jsonl</c> (CNN/DM for the target;
/// XSum and BBC for tuning), three-sentence summaries of the <c>text</c> field split by the bot's own splitter.
/// LEAD-3 on the corpus' own segmentation is printed too: it checks the scorer against the published 41.29/18.69/37.47.
/// </summary>
internal static class SummaryBenchmark
{
    public static int Run(string evalDir, string[] args)
    {
        var path = Path.Combine(evalDir, "summarization_news_eval.jsonl");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"summaries: {path} not found (set BRIEFINGBOT_EVAL_DIR)");
            return 2;
        }

        Console.WriteLine($"machine: {BenchHost.Machine()}");
        if (args.Contains("--grid"))
        {
            return Grid(path);
        }

        var rouge = new Rouge();
        var summarizer = new ExtractiveSummarizer();
        var rows = new SortedDictionary<string, Dictionary<string, (double R1, double R2, double RL, int N)>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var item = JsonNode.Parse(line)!.AsObject();
            var dataset = item["source"]!.GetValue<string>();
            var text = item["text"]!.GetValue<string>();
            var reference = item["reference_sentences"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
            var shipped = item["sentences"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
            var title = item["title"]?.GetValue<string>();
            var ours = SentenceSplitter.Split(Dateline.Strip(text));
            if (title is not null && ours.Count > 1 && string.Equals(ours[0], title.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                ours = ours.Skip(1).ToList(); // BBC texts open with their headline
            }

            var systems = new Dictionary<string, IReadOnlyList<string>>
            {
                ["LEAD-3 (corpus segmentation)"] = shipped.Take(3).ToList(),
                ["LEAD-3 (our sentence splitter)"] = ours.Take(3).ToList(),
                ["BriefingBot extractive summarizer"] = summarizer.Summarize(ours, title, 3),
            };
            var table = rows.TryGetValue(dataset, out var t) ? t : rows[dataset] = [];
            foreach (var (name, summary) in systems)
            {
                var (r1, r2, rl) = rouge.Score(summary, reference);
                var (a, b, c, n) = table.GetValueOrDefault(name);
                table[name] = (a + r1, b + r2, c + rl, n + 1);
            }
        }

        foreach (var (dataset, table) in rows)
        {
            Console.WriteLine($"{dataset} ({table.Values.First().N} articles): ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 × 100");
            foreach (var (name, (r1, r2, rl, n)) in table)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-36} {100 * r1 / n:0.00} / {100 * r2 / n:0.00} / {100 * rl / n:0.00}"));
            }
        }

        return 0;
    }

    // Tunes the summarizer's weights on the BBC and XSum parts (mean of ROUGE-1, -2 and -Lsum), then reports the best
    // setting on CNN/DM, which the search never sees.
    private static int Grid(string path)
    {
        var items = File.ReadLines(path).Select(l => JsonNode.Parse(l)!.AsObject()).Select(item =>
        {
            var title = item["title"]?.GetValue<string>();
            var sentences = SentenceSplitter.Split(Dateline.Strip(item["text"]!.GetValue<string>()));
            if (title is not null && sentences.Count > 1 && string.Equals(sentences[0], title.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                sentences = sentences.Skip(1).ToList();
            }

            return (Dataset: item["source"]!.GetValue<string>(), Title: title, Sentences: sentences, Reference: item["reference_sentences"]!.AsArray().Select(s => s!.GetValue<string>()).ToList());
        }).ToList();
        var rouge = new Rouge();
        double Mean(ExtractiveSummarizer.Weights w, Func<string, bool> which)
        {
            var summarizer = new ExtractiveSummarizer(w);
            var chosen = items.Where(i => which(i.Dataset)).ToList();
            return chosen.Average(i =>
            {
                var (r1, r2, rl) = rouge.Score(summarizer.Summarize(i.Sentences, i.Title, 3), i.Reference);
                return (r1 + r2 + rl) / 3;
            });
        }

        var best = ExtractiveSummarizer.Weights.Default;
        var bestScore = Mean(best, d => !d.StartsWith("cnn", StringComparison.Ordinal));
        foreach (var decay in (double[])[0.5, 1.0, 2.0])
        {
            foreach (var centrality in (double[])[0.2, 0.3, 0.6, 1.0])
            {
                foreach (var title in (double[])[0.3, 0.6, 1.2])
                {
                    foreach (var length in (double[])[0.0, 0.2, 0.4])
                    {
                        var w = new ExtractiveSummarizer.Weights(1.0, centrality, title, 0.6, decay, length);
                        var score = Mean(w, d => !d.StartsWith("cnn", StringComparison.Ordinal));
                        if (score > bestScore)
                        {
                            (best, bestScore) = (w, score);
                        }
                    }
                }
            }
        }

        Console.WriteLine($"best on BBC + XSum: {best} (mean ROUGE {100 * bestScore:0.00}; defaults {100 * Mean(ExtractiveSummarizer.Weights.Default, d => !d.StartsWith("cnn", StringComparison.Ordinal)):0.00})");
        var cnn = items.Where(i => i.Dataset.StartsWith("cnn", StringComparison.Ordinal)).ToList();
        foreach (var (name, w) in new[] { ("defaults", ExtractiveSummarizer.Weights.Default), ("tuned", best) })
        {
            var summarizer = new ExtractiveSummarizer(w);
            var scores = cnn.Select(i => rouge.Score(summarizer.Summarize(i.Sentences, i.Title, 3), i.Reference)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CNN/DM with the {name} weights: {100 * scores.Average(s => s.Rouge1):0.00} / {100 * scores.Average(s => s.Rouge2):0.00} / {100 * scores.Average(s => s.RougeLsum):0.00}"));
        }

        return 0;
    }
}
