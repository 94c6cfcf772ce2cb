namespace BriefingBot.Core.Briefings;

/// <summary>
/// What a briefing should cover: stories first seen in [<see cref="Since"/>, <see cref="Until"/>), about a topic
/// or any of several (all stories when none), and, when asked, earlier stories that new outlets picked up since.
/// </summary>
public sealed record BriefingRequest(DateTimeOffset Since, string? Topic = null, int MaxItems = BriefingRequest.DefaultMaxItems)
{
    public const int DefaultMaxItems = 8;

    /// <summary>End of the window (exclusive); the composition time when null.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Topics a channel follows; a story about any of them qualifies. Used when <see cref="Topic"/> is null.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Include stories first seen before the window that new outlets reported in it, marked as updates.</summary>
    public bool IncludeUpdates { get; init; }

    internal IReadOnlyList<string> AllTopics =>
        (Topic is { } topic ? [topic] : Topics).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
}
