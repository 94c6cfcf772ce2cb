using System.Text.Json.Serialization;

namespace BriefingBot.Core.Answering;

/// <summary>An entity that answers the question, with its role (for "who backs X": <c>supporter</c>) and evidence.</summary>
public sealed record AnswerEntity(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("evidence")] IReadOnlyList<Evidence> Evidence);
