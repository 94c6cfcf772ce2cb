using System.Text.Json.Serialization;

namespace BriefingBot.Core.Answering;

/// <summary>A stored article and the sentence of it an answer rests on.</summary>
public sealed record Citation(
    [property: JsonPropertyName("articleId")] string ArticleId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("published")] DateTimeOffset? Published,
    [property: JsonPropertyName("sentence")] string Sentence);
