using BriefingBot.Core.Delivery;

namespace BriefingBot.IntegrationTests.Delivery;

/// <summary>The real ledger, except that the process "dies" on the n-th update (0: never).</summary>
public sealed class CrashingLedger(IDeliveryLedger inner, int crashOnUpdate) : IDeliveryLedger
{
    private int updates;

    public Task<DeliveryRecord?> GetAsync(long subscriptionId, DateTimeOffset slot, CancellationToken cancellationToken) => inner.GetAsync(subscriptionId, slot, cancellationToken);

    public Task<bool> TryBeginAsync(DeliveryRecord record, CancellationToken cancellationToken) => inner.TryBeginAsync(record, cancellationToken);

    public Task UpdateAsync(DeliveryRecord record, CancellationToken cancellationToken) =>
        ++updates == crashOnUpdate
            ? throw new SimulatedCrashException($"the process died before ledger update {crashOnUpdate}")
            : inner.UpdateAsync(record, cancellationToken);

    // Counting an attempt is a ledger update too, numbered with the others.
    public Task<bool> TryStartAttemptAsync(DeliveryRecord attempt, DateTimeOffset staleBefore, CancellationToken cancellationToken) =>
        ++updates == crashOnUpdate
            ? throw new SimulatedCrashException($"the process died before ledger update {crashOnUpdate}")
            : inner.TryStartAttemptAsync(attempt, staleBefore, cancellationToken);

    public Task<DeliveryRecord?> GetLastCompletedAsync(long subscriptionId, CancellationToken cancellationToken) => inner.GetLastCompletedAsync(subscriptionId, cancellationToken);

    public Task<DeliveryRecord?> GetLatestAsync(long subscriptionId, CancellationToken cancellationToken) => inner.GetLatestAsync(subscriptionId, cancellationToken);

    public Task<DeliveryRecord?> GetLastFailureAsync(long subscriptionId, CancellationToken cancellationToken) => inner.GetLastFailureAsync(subscriptionId, cancellationToken);

    public Task<IReadOnlyList<DeliveryRecord>> ListPendingAsync(CancellationToken cancellationToken) => inner.ListPendingAsync(cancellationToken);
}
