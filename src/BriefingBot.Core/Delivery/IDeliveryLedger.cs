namespace BriefingBot.Core.Delivery;

/// <summary>The delivery ledger: one row per (subscription, scheduled slot), the key that makes briefings exactly-once.</summary>
public interface IDeliveryLedger
{
    Task<DeliveryRecord?> GetAsync(long subscriptionId, DateTimeOffset slot, CancellationToken cancellationToken);

    /// <summary>Writes a new row; false when the slot already has one (another attempt or instance got there first).</summary>
    Task<bool> TryBeginAsync(DeliveryRecord record, CancellationToken cancellationToken);

    Task UpdateAsync(DeliveryRecord record, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a new attempt at a pending slot (<paramref name="attempt"/>: the row with its attempts and time raised by
    /// one) only when the row is still as <paramref name="attempt"/>'s previous count left it and its last attempt began
    /// before <paramref name="staleBefore"/>: of several instances (or a retry and a late trigger) one posts, and one
    /// that died mid-post is taken over once its attempt is stale. False when another attempt holds the slot.
    /// </summary>
    Task<bool> TryStartAttemptAsync(DeliveryRecord attempt, DateTimeOffset staleBefore, CancellationToken cancellationToken);

    /// <summary>The latest row whose window the next briefing continues from (delivered or empty).</summary>
    Task<DeliveryRecord?> GetLastCompletedAsync(long subscriptionId, CancellationToken cancellationToken);

    /// <summary>The row of the latest slot, in any state.</summary>
    Task<DeliveryRecord?> GetLatestAsync(long subscriptionId, CancellationToken cancellationToken);

    /// <summary>The latest failed row, for <c>/briefing status</c>.</summary>
    Task<DeliveryRecord?> GetLastFailureAsync(long subscriptionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryRecord>> ListPendingAsync(CancellationToken cancellationToken);
}
