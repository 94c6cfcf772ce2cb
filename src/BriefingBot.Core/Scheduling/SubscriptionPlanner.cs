using BriefingBot.Core.Briefings;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Scheduling;

/// <summary>Plans a subscription's slots against the ledger.</summary>
public sealed class SubscriptionPlanner(IDeliveryLedger ledger, IOptions<BriefingOptions> options)
{
    /// <summary>The plan at <paramref name="now"/>, or null when the subscription has no usable schedule.</summary>
    public async Task<SlotPlan?> PlanAsync(Subscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (!subscription.IsActive || !StoredSchedule.TryRead(subscription, out var schedule, out var zone))
        {
            return null;
        }

        var latest = await ledger.GetLatestAsync(subscription.Id, cancellationToken);
        var reference = latest is { } row && row.Slot > subscription.ScheduledFrom ? row.Slot : subscription.ScheduledFrom;
        return SlotPlan.Create(schedule, zone, reference, now, options.Value.GracePeriod);
    }

    /// <summary>The next <paramref name="count"/> slots after <paramref name="after"/> in the subscription's zone.</summary>
    public static IReadOnlyList<DateTimeOffset> NextSlots(BriefingSchedule schedule, TimeZoneInfo zone, DateTimeOffset after, int count)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var slots = new List<DateTimeOffset>(count);
        var from = after;
        while (slots.Count < count && schedule.Next(from, zone) is { } next)
        {
            slots.Add(next);
            from = next;
        }

        return slots;
    }
}
