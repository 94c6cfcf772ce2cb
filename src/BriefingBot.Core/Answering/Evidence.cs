using System.Text.Json.Serialization;

namespace BriefingBot.Core.Answering;

/// <summary>The stored sentence that puts an entity in its role.</summary>
public sealed record Evidence(
    [property: JsonPropertyName("articleId")] string ArticleId,
    [property: JsonPropertyName("sentence")] string Sentence);
