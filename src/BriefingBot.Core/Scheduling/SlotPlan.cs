namespace BriefingBot.Core.Scheduling;

/// <summary>
/// What a subscription is owed at a moment: a slot missed while the bot was down that is still within the
/// grace period (post it now), how many older slots were missed for good, and the next slot to schedule.
/// </summary>
public sealed record SlotPlan(DateTimeOffset? CatchUp, DateTimeOffset? LatestMissed, DateTimeOffset? Next)
{
    /// <summary>
    /// Plans from <paramref name="reference"/> (the last slot the ledger knows, or when the schedule was set):
    /// only the latest slot in (reference, now] can be owed, and only within <paramref name="grace"/>.
    /// </summary>
    public static SlotPlan Create(BriefingSchedule schedule, TimeZoneInfo zone, DateTimeOffset reference, DateTimeOffset now, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var next = schedule.Next(now, zone);
        var latest = schedule.Previous(now, zone);
        if (latest is not { } slot || slot <= reference)
        {
            return new SlotPlan(null, null, next);
        }

        return now - slot <= grace
            ? new SlotPlan(slot, null, next)
            : new SlotPlan(null, slot, next);
    }
}
