namespace BriefingBot.Core.Subscriptions;

/// <summary>A feed an admin added for a server, and when it is next polled.</summary>
public sealed record FeedRegistration
{
    public long Id { get; init; }

    public required ServerAddress Server { get; init; }

    public required string Url { get; init; }

    public string? Name { get; init; }

    public required string AddedBy { get; init; }

    public required DateTimeOffset AddedAt { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>Why polling stopped (after too many failures), shown by <c>feeds list</c>.</summary>
    public string? DisabledReason { get; init; }

    public DateTimeOffset? NextPollAt { get; init; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Url : Name;
}
