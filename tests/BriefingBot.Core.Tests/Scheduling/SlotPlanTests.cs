using BriefingBot.Core.Scheduling;

namespace BriefingBot.Core.Tests.Scheduling;

public sealed class SlotPlanTests
{
    private static readonly BriefingSchedule Daily = BriefingSchedule.TryParse("daily 08:00", out var s, out _) ? s! : throw new InvalidOperationException();
    private static readonly DateTimeOffset SetOn = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_SlotMissedWithinGrace_IsCaughtUp()
    {
        var now = new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

        var plan = SlotPlan.Create(Daily, TimeZoneInfo.Utc, SetOn, now, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero), plan.CatchUp);
        Assert.Null(plan.LatestMissed);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero), plan.Next);
    }

    [Fact]
    public void Create_SlotMissedLongerAgoThanGrace_IsSkipped()
    {
        var now = new DateTimeOffset(2026, 11, 27, 10, 0, 1, TimeSpan.Zero);

        var plan = SlotPlan.Create(Daily, TimeZoneInfo.Utc, SetOn, now, TimeSpan.FromHours(2));

        Assert.Null(plan.CatchUp);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero), plan.LatestMissed);
    }

    [Fact]
    public void Create_LatestSlotAlreadyInTheLedger_OwesNothing()
    {
        var now = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

        var plan = SlotPlan.Create(Daily, TimeZoneInfo.Utc, new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero), now, TimeSpan.FromHours(2));

        Assert.Null(plan.CatchUp);
        Assert.Null(plan.LatestMissed);
    }

    [Fact]
    public void Create_ScheduleSetAfterTheLatestSlot_OwesNothing()
    {
        var now = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

        var plan = SlotPlan.Create(Daily, TimeZoneInfo.Utc, now.AddMinutes(-5), now, TimeSpan.FromHours(2));

        Assert.Null(plan.CatchUp);
    }
}
