namespace BriefingBot.Core.Stories;

/// <summary>A configured source and what the last fetch of it left behind (for conditional GET and health).</summary>
public sealed record ArticleSource
{
    public required string Location { get; init; }

    public string? Name { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; init; }

    public string? LastError { get; init; }

    public int ConsecutiveFailures { get; init; }

    /// <summary>How long the source asked to be left alone (RSS <c>ttl</c> or <c>Cache-Control: max-age</c>), if it said.</summary>
    public TimeSpan? RefreshHint { get; init; }
}
