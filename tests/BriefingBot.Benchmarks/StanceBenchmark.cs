using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BriefingBot.Core.Answering;
using BriefingBot.Ingestion.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Stance questions over the seed article and the 300 BASIL articles, stored together (dated; with <c>--bbc</c> also
/// the 2,225 undated BBC articles, with <c>--cnn</c> the 784 undated CNN stories of the NewsQA set), as the answers issue
/// judges them: the share of the expected entities among the first eight entities of each answer, and the share of
/// questions whose first eight name someone the stored text puts on the other side. The questions and what each
/// should name are ours (<c>Data/stance-questions.jsonl</c>); an expected entity is any one of its spellings found as
/// whole words in a returned name.
/// </summary>
internal static partial class StanceBenchmark
{
    private const int FirstEntities = 8;

    public static async Task<int> RunAsync(string evalDir, string seedsDir, string[] args)
    {
        var basil = Path.Combine(evalDir, "same_event_basil.jsonl");
        var at = Array.IndexOf(args, "--questions");
        // --questions FILE: a path, or a file of Data/ ("stance-questions-unseen.jsonl").
        var questionsPath = Path.Combine(AppContext.BaseDirectory, "Data", "stance-questions.jsonl");
        if (at >= 0 && at + 1 < args.Length)
        {
            questionsPath = File.Exists(args[at + 1]) ? Path.GetFullPath(args[at + 1]) : Path.Combine(AppContext.BaseDirectory, "Data", args[at + 1]);
        }
        if (!File.Exists(basil) || !Directory.Exists(seedsDir) || !File.Exists(questionsPath))
        {
            Console.Error.WriteLine($"stance: {basil}, {seedsDir} or {questionsPath} not found (set BRIEFINGBOT_EVAL_DIR / BRIEFINGBOT_SEEDS_DIR, or pass --questions FILE)");
            return 2;
        }

        var verbose = args.Contains("--verbose");
        var dataDir = Directory.CreateTempSubdirectory("briefingbot-bench-stance-").FullName;
        try
        {
            var input = Path.Combine(dataDir, "basil.jsonl");
            await File.WriteAllLinesAsync(input, File.ReadLines(basil).Select(l => JsonNode.Parse(l)!.AsObject()).Select(r => JsonSerializer.Serialize(new
            {
                id = r["id"]!.GetValue<string>(),
                title = r["title"]!.GetValue<string>(),
                text = r["text"]!.GetValue<string>(),
                source = r["outlet"]!.GetValue<string>(),
                published = r["date"]!.GetValue<string>() + "T12:00:00Z",
            })));
            // --bbc: the BBC corpus goes into the store too (undated), for questions about British politics and
            // for more stories to tell apart.
            List<string> inputs = [.. Directory.GetFiles(seedsDir, "*.txt"), input];
            var bbc = Path.Combine(evalDir, "bbc_news_corpus.jsonl");
            if (args.Contains("--bbc") && File.Exists(bbc))
            {
                var bbcInput = Path.Combine(dataDir, "bbc.jsonl");
                await File.WriteAllLinesAsync(bbcInput, File.ReadLines(bbc).Select(l => JsonNode.Parse(l)!.AsObject()).Select(r => JsonSerializer.Serialize(new
                {
                    id = r["id"]!.GetValue<string>(),
                    title = r["title"]!.GetValue<string>(),
                    text = r["text"]!.GetValue<string>(),
                    source = "BBC",
                })));
                inputs.Add(bbcInput);
            }

            // --cnn: the 784 CNN stories of the NewsQA set too (undated, titled by their first words), for questions
            // about American politics in another outlet's style.
            var newsqa = Path.Combine(evalDir, "newsqa_eval.jsonl");
            if (args.Contains("--cnn") && File.Exists(newsqa))
            {
                var cnnInput = Path.Combine(dataDir, "cnn.jsonl");
                await File.WriteAllLinesAsync(cnnInput, File.ReadLines(newsqa).Select(l => JsonNode.Parse(l)!.AsObject())
                    .DistinctBy(r => r["story_id"]!.GetValue<string>())
                    .Select(r => (Id: r["story_id"]!.GetValue<string>(), Text: r["story_text"]!.GetValue<string>()))
                    .Select(r => JsonSerializer.Serialize(new { id = r.Id, title = string.Join(' ', r.Text.Split(' ').Take(12)), text = r.Text, source = "CNN" })));
                inputs.Add(cnnInput);
            }

            await using var host = await BenchHost.StartAsync(dataDir);
            var report = await host.Services.GetRequiredService<IngestionService>().IngestAsync(inputs, null, CancellationToken.None);
            Console.WriteLine($"machine: {BenchHost.Machine()}");
            Console.WriteLine($"store: {report}");

            var engine = host.Services.GetRequiredService<IAnswerEngine>();
            int expected = 0, found = 0, questions = 0, wrongSide = 0;
            foreach (var line in File.ReadLines(questionsPath).Where(l => l.Trim().Length > 0))
            {
                var row = JsonNode.Parse(line)!.AsObject();
                var question = row["question"]!.GetValue<string>();
                var wanted = Spellings(row["expected"]!);
                var other = Spellings(row["otherSide"]!);
                var answer = await engine.AskAsync(question, CancellationToken.None);
                var names = answer.Entities.Take(FirstEntities).Select(e => e.Name).ToList();
                var hits = wanted.Count(w => names.Any(n => Names(n, w)));
                var wrong = names.Where(n => other.Any(o => Names(n, o))).ToList();
                expected += wanted.Count;
                found += hits;
                questions++;
                wrongSide += wrong.Count > 0 ? 1 : 0;
                if (verbose || hits < wanted.Count || wrong.Count > 0)
                {
                    Console.WriteLine($"  {hits}/{wanted.Count}{(wrong.Count > 0 ? $" OTHER SIDE: {string.Join(", ", wrong)}" : string.Empty)}  {question} -> {(names.Count > 0 ? string.Join(" | ", names) : answer.Text)}");
                }
            }

            Console.WriteLine($"expected entities among the first {FirstEntities}: {found}/{expected} = {100.0 * found / expected:0.0} % (target >= 80 %)");
            Console.WriteLine($"questions naming someone from the other side: {wrongSide}/{questions} = {100.0 * wrongSide / questions:0.0} % (target <= 5 %)");
            return 0;
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    // Each expected entity: the spellings any one of which names it.
    private static List<string[]> Spellings(JsonNode node) =>
        node.AsArray().Select(e => e!.AsArray().Select(s => s!.GetValue<string>()).ToArray()).ToList();

    private static bool Names(string name, string[] spellings) =>
        spellings.Any(s => Regex.IsMatch(name, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(s)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}
