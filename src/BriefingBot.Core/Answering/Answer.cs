using System.Text.Json.Serialization;

namespace BriefingBot.Core.Answering;

/// <summary>A grounded answer: what it says, who answers the question and how, and the stored sentences behind it.</summary>
public sealed record Answer
{
    [JsonPropertyName("question")]
    public required string Question { get; init; }

    [JsonPropertyName("answer")]
    public required string Text { get; init; }

    /// <summary>The words that answer the question when there are such (a name for "who", a description for "who is X").</summary>
    [JsonPropertyName("short")]
    public string? ShortAnswer { get; init; }

    [JsonPropertyName("entities")]
    public IReadOnlyList<AnswerEntity> Entities { get; init; } = [];

    [JsonPropertyName("citations")]
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>0 when the store holds nothing that supports an answer; up to 1.</summary>
    [JsonPropertyName("confidence")]
    public double Confidence { get; init; }

    [JsonIgnore]
    public bool IsSupported => Citations.Count > 0;
}
