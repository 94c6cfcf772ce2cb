using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BriefingBot.Core.Stories;
using BriefingBot.Ingestion.Pipeline;

namespace BriefingBot.Ingestion.Extraction;

/// <summary>
/// Streams a <c>.jsonl</c> file one record at a time. A line that is not a valid record is reported with
/// its line number and the rest of the file is still read.
/// </summary>
public static class JsonlArticleReader
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, AllowTrailingCommas = true };

    public static async IAsyncEnumerable<SourceItem> ReadAsync(Stream stream, string location, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, location, lineNumber);
        }
    }

    internal static SourceItem Parse(string line, string location, int lineNumber)
    {
        JsonlRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<JsonlRecord>(line, Options);
        }
        catch (JsonException ex)
        {
            return SourceItem.Failed(location, $"line {lineNumber} is not valid JSON: {ex.Message.Split('.')[0]}", lineNumber);
        }

        if (record is null || string.IsNullOrWhiteSpace(record.Text))
        {
            return SourceItem.Failed(location, $"line {lineNumber} has no \"text\"", lineNumber);
        }

        DateTimeOffset? published = null;
        if (!string.IsNullOrWhiteSpace(record.Published))
        {
            if (!DateTimeOffset.TryParse(record.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return SourceItem.Failed(location, $"line {lineNumber} has a \"published\" that is not a date: {record.Published}", lineNumber);
            }

            published = date;
        }

        return SourceItem.Article(new ArticleDraft
        {
            ExternalId = string.IsNullOrWhiteSpace(record.Id) ? null : record.Id,
            Title = record.Title,
            Text = record.Text,
            Url = record.Url,
            Published = published,
            Source = record.Source,
        });
    }
}
