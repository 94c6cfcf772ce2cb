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
        var (answered, failed) = await JsonlBatch.RunAsync(input, output, io, writeErrorLines: true, async record =>
        {
            var question = JsonlBatch.Text(record, "question");
            if (string.IsNullOrWhiteSpace(question))
            {
                return JsonlBatch.Outcome.Rejected("not a {\"id\",\"question\"} record");
            }

            var answer = JsonSerializer.SerializeToNode(await engine.AskAsync(question, cancellationToken), CliJson.Options)!.AsObject();
            var line = new JsonObject { ["id"] = record["id"]?.DeepClone() };
            foreach (var (key, value) in answer.ToList())
            {
                answer.Remove(key);
                line[key] = value;
            }

            return JsonlBatch.Outcome.Written(line);
        }, cancellationToken);

        await io.Output.WriteLineAsync($"Answered {answered} questions ({failed} bad records) into {output.FullName}.");
        return answered == 0 && failed > 0 ? BriefingBotCli.Failure : BriefingBotCli.Success;
    }
}
