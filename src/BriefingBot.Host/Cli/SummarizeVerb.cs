using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Stories;

namespace BriefingBot.Host.Cli;

/// <summary><c>summarize --input F.jsonl --output F.jsonl</c>: for each {"id","title","text"} write {"id","summary":[sentences]}.</summary>
internal static class SummarizeVerb
{
    public static Command Create(Option<string?> dataDir, CliIo io)
    {
        var input = new Option<FileInfo>("--input") { Description = "A .jsonl file of {\"id\",\"title\",\"text\"} records", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "Where to write {\"id\",\"summary\"} lines", Required = true };
        var command = new Command("summarize", "Summarize articles from a .jsonl file without storing them.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction((result, ct) =>
        {
            var inFile = result.GetValue(input)!;
            if (!inFile.Exists)
            {
                throw new UsageException($"summarize: {inFile.FullName} does not exist.");
            }

            return VerbHost.RunAsync(result, dataDir, services => ExecuteAsync(services.GetRequiredService<ArticleAnalyzer>(), inFile, result.GetValue(output)!, io, ct), ct);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(ArticleAnalyzer analyzer, FileInfo input, FileInfo output, CliIo io, CancellationToken cancellationToken)
    {
        var (done, failed) = await JsonlBatch.RunAsync(input, output, io, writeErrorLines: false, record =>
        {
            var text = JsonlBatch.Text(record, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return Task.FromResult(JsonlBatch.Outcome.Rejected("not a {\"id\",\"title\",\"text\"} record"));
            }

            var analyzed = analyzer.Analyze(new ArticleDraft { Text = text, Title = JsonlBatch.Text(record, "title") });
            var line = new JsonObject { ["id"] = record["id"]?.DeepClone(), ["summary"] = JsonSerializer.SerializeToNode(analyzed.Summary) };
            return Task.FromResult(JsonlBatch.Outcome.Written(line));
        }, cancellationToken);

        await io.Output.WriteLineAsync($"Summarized {done} articles ({failed} bad records) into {output.FullName}.");
        return done == 0 && failed > 0 ? BriefingBotCli.Failure : BriefingBotCli.Success;
    }
}
