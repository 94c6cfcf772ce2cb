using System.Diagnostics;
using System.Text.Json.Nodes;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Language;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The ingest-time relation reading on its own, one core: the model load, then every article of the BBC corpus split
/// into sentences and read for supports / opposes relations; prints the time per article and the relations found
/// (<c>--dump FILE</c>: each relation as party, side, target and sentence, tab-separated).
/// </summary>
internal static class RelationBenchmark
{
    public static int Run(string evalDir, string[] args)
    {
        var corpus = Path.Combine(evalDir, "bbc_news_corpus.jsonl");
        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"missing {corpus}");
            return 1;
        }

        var articles = File.ReadLines(corpus)
            .Select(l => SentenceSplitter.Split(Dateline.Strip(JsonNode.Parse(l)!["text"]!.GetValue<string>())))
            .ToList();
        var load = Stopwatch.StartNew();
        var models = LanguageModels.Default;
        Console.WriteLine($"machine: {BenchHost.Machine()}");
        Console.WriteLine($"models loaded in {load.Elapsed.TotalSeconds:0.00} s");

        var extractor = new RelationExtractor(models);
        var watch = Stopwatch.StartNew();
        var dump = args.SkipWhile(a => a != "--dump").Skip(1).FirstOrDefault() is { } path ? new StreamWriter(path) : null;
        var relations = articles.Sum(a =>
        {
            var found = extractor.Extract(a);
            foreach (var r in found)
            {
                dump?.WriteLine($"{r.Party}\t{(r.Supports ? "+" : "-")}\t{r.Target}\t{a[r.Position]}");
            }

            return found.Count;
        });
        dump?.Dispose();
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"relations: {articles.Count} articles ({articles.Sum(a => a.Count):N0} sentences) read in {seconds:0.00} s = {1000 * seconds / articles.Count:0.00} ms per article, one core; {relations:N0} relations");
        return 0;
    }
}
