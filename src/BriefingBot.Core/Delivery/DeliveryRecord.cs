namespace BriefingBot.Core.Delivery;

/// <summary>
/// One row of the delivery ledger, keyed by (subscription, slot). The window is fixed when the row is first
/// written, so a retried slot composes the same stories.
/// </summary>
public sealed record DeliveryRecord
{
    public required long SubscriptionId { get; init; }

    public required DateTimeOffset Slot { get; init; }

    public required DeliveryState State { get; init; }

    /// <summary>Stories first seen at or after this time...</summary>
    public required DateTimeOffset WindowStart { get; init; }

    /// <summary>...and before this one.</summary>
    public required DateTimeOffset WindowEnd { get; init; }

    /// <summary>Posts sent to the platform for this slot; more than 0 on a pending row means a post may exist.</summary>
    public int Attempts { get; init; }

    public string? MessageId { get; init; }

    public string? Detail { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DeliveryKey Key => new(SubscriptionId, Slot);

    public bool IsFinished => State is not DeliveryState.Pending;
}
