namespace BriefingBot.Core.Subscriptions;

/// <summary>A channel's briefing: when it is posted, in which time zone, about what, and how the last delivery went.</summary>
public sealed record Subscription
{
    /// <summary>0 until the store has saved it.</summary>
    public long Id { get; init; }

    public required ChannelAddress Channel { get; init; }

    /// <summary>The schedule as the admin typed it ("daily 08:00"); null until one is set.</summary>
    public string? Schedule { get; init; }

    /// <summary>IANA time-zone name the schedule is read in.</summary>
    public string TimeZone { get; init; } = "UTC";

    public bool Paused { get; init; }

    /// <summary>Keywords or entity names; empty means every story.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>When the current schedule was set: slots before it are never owed.</summary>
    public DateTimeOffset ScheduledFrom { get; init; }

    /// <summary>Why the last delivery failed for good (the bot may not post there); cleared by the next success.</summary>
    public string? DeliveryProblem { get; init; }

    public bool HasSchedule => !string.IsNullOrWhiteSpace(Schedule);

    public bool IsActive => HasSchedule && !Paused;
}
