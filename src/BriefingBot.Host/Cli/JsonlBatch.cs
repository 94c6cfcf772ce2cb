using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Host.Cli;

/// <summary>
/// The batch verbs' loop: read a .jsonl file record by record, hand each JSON object to the verb, write
/// what it returns as one line. A line that is not a usable record is reported with its line number
/// (and, where the verb wants it, written as an error line) and the batch goes on.
/// </summary>
internal static class JsonlBatch
{
    /// <summary>What the verb made of one record: a line to write, or why the record was not usable.</summary>
    public readonly record struct Outcome(JsonObject? Line, string? Problem)
    {
        public static Outcome Written(JsonObject line) => new(line, null);

        public static Outcome Rejected(string problem) => new(null, problem);
    }

    public static async Task<(int Done, int Failed)> RunAsync(
        FileInfo input,
        FileInfo output,
        CliIo io,
        bool writeErrorLines,
        Func<JsonObject, Task<Outcome>> process,
        CancellationToken cancellationToken)
    {
        var done = 0;
        var failed = 0;
        var lineNumber = 0;
        await using var writer = new StreamWriter(output.FullName, append: false);
        foreach (var line in File.ReadLines(input.FullName))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonObject? record = null;
            try
            {
                record = JsonNode.Parse(line) as JsonObject;
            }
            catch (JsonException)
            {
                // Reported below with the line number.
            }

            var outcome = record is null ? Outcome.Rejected("not a JSON object") : await process(record);
            if (outcome.Line is { } written)
            {
                await writer.WriteLineAsync(written.ToJsonString(CliJson.Options));
                done++;
                continue;
            }

            failed++;
            await io.Error.WriteLineAsync($"warning: {input.Name}:{lineNumber}: {outcome.Problem}");
            if (writeErrorLines)
            {
                await writer.WriteLineAsync(new JsonObject { ["id"] = record?["id"]?.DeepClone(), ["line"] = lineNumber, ["error"] = outcome.Problem }.ToJsonString(CliJson.Options));
            }
        }

        return (done, failed);
    }

    /// <summary>A string field of a record, or null when it is missing or not a string.</summary>
    public static string? Text(JsonObject record, string name) =>
        record[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
