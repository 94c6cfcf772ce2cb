using BenchmarkDotNet.Running;
using BriefingBot.Benchmarks;

// Whole-pipeline benchmarks print their figures; "micro" hands over to BenchmarkDotNet.
// Run from the repository root in Release: dotnet run -c Release --project tests/BriefingBot.Benchmarks -- <name>
var name = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToArray();
var evalDir = Environment.GetEnvironmentVariable("BRIEFINGBOT_EVAL_DIR") ?? Path.GetFullPath("../shared/eval");
switch (name)
{
    case "ingest":
        return await IngestBenchmark.RunAsync(evalDir);
    case "relations":
        return RelationBenchmark.Run(evalDir, rest);
    case "ask":
        return await AskBenchmark.RunAsync(evalDir, rest);
    case "nlp":
        return LanguageModelBenchmark.Run(Environment.GetEnvironmentVariable("BRIEFINGBOT_NLP_DIR") ?? Path.GetFullPath("../shared/nlp"));
    case "schedule":
        return await ScheduleBenchmark.RunAsync(rest);
    case "discord":
        return await DiscordBenchmark.RunAsync(rest);
    case "summaries":
        return SummaryBenchmark.Run(evalDir, rest);
    case "events":
        return await EventBenchmark.RunAsync(evalDir, rest);
    case "newsqa":
        return await NewsQaBenchmark.RunAsync(evalDir, rest);
    case "stance":
        return await StanceBenchmark.RunAsync(evalDir, Environment.GetEnvironmentVariable("BRIEFINGBOT_SEEDS_DIR") ?? Path.GetFullPath("../shared/seeds"), rest);
    case "slack":
        return await SlackBenchmark.RunAsync(rest);
    case "micro":
        BenchmarkSwitcher.FromAssembly(typeof(TextAnalysisBenchmarks).Assembly).Run(rest);
        return 0;
    default:
        Console.Error.WriteLine("usage: BriefingBot.Benchmarks ingest|relations [--dump FILE]|ask|newsqa [--dump FILE] [--keep]|stance [--questions FILE] [--bbc] [--cnn] [--verbose]|events [--shuffles N]|nlp|summaries|schedule [subscriptions] [idle-seconds] [stories path]|discord [channels]|slack [channels] [messages-per-channel]|micro  (BRIEFINGBOT_EVAL_DIR overrides ../shared/eval)");
        return 2;
}
