using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Stories;
using BriefingBot.Host.Rendering;

namespace BriefingBot.Host.Cli;

/// <summary>
/// <c>ask "QUESTION" [--json]</c> answers one question; <c>ask --input Q.jsonl --output A.jsonl</c> answers
/// many <c>{"id","question"}</c> records in one process, one JSON answer per line with the same id.
/// </summary>
internal static class AskVerb
{
    public static Command Create(Option<string?> dataDir, CliIo io)
    {
        var question = new Argument<string?>("question") { Description = "The question", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print the answer as one JSON object" };
        var input = new Option<FileInfo?>("--input") { Description = "A .jsonl file of {\"id\",\"question\"} records" };
        var output = new Option<FileInfo?>("--output") { Description = "Where to write one JSON answer per line (with --input)" };
        var command = new Command("ask", "Answer a question from the stored articles, with citations.");
        command.Arguments.Add(question);
        command.Options.Add(json);
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction((result, ct) =>
        {
            var q = result.GetValue(question);
            var inFile = result.GetValue(input);
            var outFile = result.GetValue(output);
            if (inFile is not null)
            {
                if (q is not null)
                {
                    throw new UsageException("ask: give either a question or --input, not both.");
                }

                if (outFile is null)
                {
                    throw new UsageException("ask: --input needs --output.");
                }

                if (!inFile.Exists)
                {
                    throw new UsageException($"ask: {inFile.FullName} does not exist.");
                }

                return VerbHost.RunAsync(result, dataDir, services => BatchAsync(services, inFile, outFile, io, ct), ct);
            }

            if (string.IsNullOrWhiteSpace(q))
            {
                throw new UsageException("ask: give a question, for example: briefingbot ask \"who backs Guaido\"");
            }

            if (outFile is not null)
            {
                throw new UsageException("ask: --output goes with --input.");
            }

            return VerbHost.RunAsync(result, dataDir, services => AskOneAsync(services, q, result.GetValue(json), io, ct), ct);
        });
        return command;
    }

    private static async Task<int> AskOneAsync(IServiceProvider services, string question, bool json, CliIo io, CancellationToken cancellationToken)
    {
        var answer = await services.GetRequiredService<IAnswerEngine>().AskAsync(question, cancellationToken);
        await io.Output.WriteLineAsync(json ? CliJson.Serialize(answer) : ConsoleReplyRenderer.Render(Replies.FromAnswer(answer)));
        if (!answer.IsSupported && (await services.GetRequiredService<IStoryStore>().GetStatisticsAsync(cancellationToken)).Articles == 0)
        {
            await io.Error.WriteLineAsync("note: the store is empty; ingest articles first: briefingbot ingest PATH|URL");
        }

        return BriefingBotCli.Success;
    }

    private static async Task<int> BatchAsync(IServiceProvider services, FileInfo input, FileInfo output, CliIo io, CancellationToken cancellationToken)
    {
        var engine = services.GetRequiredService<IAnswerEngine>();
        var answered = 0;
        var failed = 0;
        var lineNumber = 0;
        await using var writer = new StreamWriter(output.FullName, append: false);
        foreach (var line in File.ReadLines(input.FullName))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonNode? id = null;
            string? question = null;
            try
            {
                var record = JsonNode.Parse(line) as JsonObject;
                id = record?["id"]?.DeepClone();
                question = record?["question"]?.GetValue<string>();
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                // Reported below with the line number.
            }

            if (string.IsNullOrWhiteSpace(question))
            {
                failed++;
                await io.Error.WriteLineAsync($"warning: {input.Name}:{lineNumber}: not a {{\"id\",\"question\"}} record");
                await writer.WriteLineAsync(new JsonObject { ["id"] = id, ["line"] = lineNumber, ["error"] = "not a {\"id\",\"question\"} record" }.ToJsonString(CliJson.Options));
                continue;
            }

            var answer = await engine.AskAsync(question, cancellationToken);
            var node = JsonSerializer.SerializeToNode(answer, CliJson.Options)!.AsObject();
            var withId = new JsonObject { ["id"] = id };
            foreach (var (key, value) in node.ToList())
            {
                node.Remove(key);
                withId[key] = value;
            }

            await writer.WriteLineAsync(withId.ToJsonString(CliJson.Options));
            answered++;
        }

        await io.Output.WriteLineAsync($"Answered {answered} questions ({failed} bad records) into {output.FullName}.");
        return answered == 0 && failed > 0 ? BriefingBotCli.Failure : BriefingBotCli.Success;
    }
}
