using System.Text.Json.Serialization;

namespace BriefingBot.Ingestion.Extraction;

/// <summary>One line of a <c>.jsonl</c> file: <c>{"id","title","text","url","published","source"}</c>, only text required.</summary>
internal sealed record JsonlRecord(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("source")] string? Source);
