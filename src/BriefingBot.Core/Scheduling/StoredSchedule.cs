using System.Diagnostics.CodeAnalysis;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Scheduling;

/// <summary>Reads back the schedule and time zone a subscription was saved with.</summary>
public static class StoredSchedule
{
    /// <summary>True when the subscription has a schedule and both it and its zone still read (paused or not).</summary>
    public static bool TryRead([NotNullWhen(true)] Subscription? subscription, [NotNullWhen(true)] out BriefingSchedule? schedule, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        schedule = null;
        return subscription is { HasSchedule: true }
            && BriefingSchedule.TryParse(subscription.Schedule, out schedule, out _)
            && TimeZoneNames.TryFind(subscription.TimeZone, out zone, out _);
    }
}
