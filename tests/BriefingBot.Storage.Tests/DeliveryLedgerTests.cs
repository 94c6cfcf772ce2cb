using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage;

namespace BriefingBot.Storage.Tests;

/// <summary>The store's behaviour, the same on every provider: each provider's test class runs these on its database.</summary>
public abstract class DeliveryLedgerTests : IDisposable
{
    private static readonly DateTimeOffset Slot = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly ITestDatabase temp;
    private readonly DeliveryLedger ledger;
    private readonly long subscriptionId;

    protected DeliveryLedgerTests(ITestDatabase database)
    {
        temp = database;
        ledger = new DeliveryLedger(temp.Database);
        subscriptionId = new SubscriptionStore(temp.Database)
            .SaveSubscriptionAsync(new Subscription { Channel = new ChannelAddress("console", "local", "console"), Schedule = "daily 08:00", ScheduledFrom = Slot.AddDays(-5) }, CancellationToken.None)
            .GetAwaiter().GetResult().Id;
    }

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private DeliveryRecord Pending(DateTimeOffset slot) => new()
    {
        SubscriptionId = subscriptionId,
        Slot = slot,
        State = DeliveryState.Pending,
        WindowStart = slot.AddDays(-1),
        WindowEnd = slot.AddSeconds(2),
        UpdatedAt = slot.AddSeconds(2),
    };

    [Fact]
    public async Task TryBeginAsync_SameSlotTwice_OnlyTheFirstWins()
    {
        Assert.True(await ledger.TryBeginAsync(Pending(Slot), CancellationToken.None));
        Assert.False(await ledger.TryBeginAsync(Pending(Slot) with { WindowStart = Slot.AddDays(-9) }, CancellationToken.None));

        var stored = await ledger.GetAsync(subscriptionId, Slot, CancellationToken.None);

        Assert.Equal(Pending(Slot), stored);
    }

    [Fact]
    public async Task TryBeginAsync_ManyAtOnce_ExactlyOneWins()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => ledger.TryBeginAsync(Pending(Slot), CancellationToken.None))));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task UpdateAsync_RecordsStateAttemptsAndMessage()
    {
        await ledger.TryBeginAsync(Pending(Slot), CancellationToken.None);
        var delivered = Pending(Slot) with { State = DeliveryState.Delivered, Attempts = 2, MessageId = "m-1", UpdatedAt = Slot.AddMinutes(1) };

        await ledger.UpdateAsync(delivered, CancellationToken.None);

        Assert.Equal(delivered, await ledger.GetAsync(subscriptionId, Slot, CancellationToken.None));
        Assert.Empty(await ledger.ListPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_NoSuchRow_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.UpdateAsync(Pending(Slot), CancellationToken.None));
    }

    [Fact]
    public async Task GetLastCompletedAsync_IsTheLatestDeliveredOrEmptySlot()
    {
        foreach (var (days, state) in new[] { (-3, DeliveryState.Delivered), (-2, DeliveryState.Empty), (-1, DeliveryState.Skipped), (0, DeliveryState.Pending) })
        {
            await ledger.TryBeginAsync(Pending(Slot.AddDays(days)) with { State = state }, CancellationToken.None);
        }

        var completed = await ledger.GetLastCompletedAsync(subscriptionId, CancellationToken.None);
        var latest = await ledger.GetLatestAsync(subscriptionId, CancellationToken.None);
        var pending = await ledger.ListPendingAsync(CancellationToken.None);

        Assert.Equal(Slot.AddDays(-2), completed!.Slot);
        Assert.Equal(Slot, latest!.Slot);
        Assert.Equal([Slot], pending.Select(p => p.Slot));
        Assert.Null(await ledger.GetLastFailureAsync(subscriptionId, CancellationToken.None));
    }

    [Fact]
    public async Task TryStartAttemptAsync_OneAttemptAtATime_UntilItIsStale()
    {
        await ledger.TryBeginAsync(Pending(Slot), CancellationToken.None);
        var first = Pending(Slot) with { Attempts = 1, UpdatedAt = Slot.AddSeconds(3) };

        var racing = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ledger.TryStartAttemptAsync(first, Slot.AddSeconds(-27), CancellationToken.None))));
        var whileInFlight = await ledger.TryStartAttemptAsync(first with { Attempts = 2, UpdatedAt = Slot.AddSeconds(10) }, Slot.AddSeconds(-20), CancellationToken.None);
        var onceStale = await ledger.TryStartAttemptAsync(first with { Attempts = 2, UpdatedAt = Slot.AddMinutes(2) }, Slot.AddMinutes(2).AddSeconds(-30), CancellationToken.None);

        Assert.Equal(1, racing.Count(r => r));
        Assert.False(whileInFlight);
        Assert.True(onceStale);
        Assert.Equal(2, (await ledger.GetAsync(subscriptionId, Slot, CancellationToken.None))!.Attempts);
    }
}
