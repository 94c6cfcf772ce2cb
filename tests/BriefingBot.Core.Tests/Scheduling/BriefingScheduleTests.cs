using BriefingBot.Core.Scheduling;

namespace BriefingBot.Core.Tests.Scheduling;

public sealed class BriefingScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static BriefingSchedule Parse(string text)
    {
        Assert.True(BriefingSchedule.TryParse(text, out var schedule, out var error), error);
        return schedule!;
    }

    private static string Error(string text)
    {
        Assert.False(BriefingSchedule.TryParse(text, out var schedule, out var error));
        Assert.Null(schedule);
        return error;
    }

    [Theory]
    [InlineData("daily 08:00", "daily 08:00", "0 8 * * *")]
    [InlineData("  Daily   8:05 ", "daily 08:05", "5 8 * * *")]
    [InlineData("daily at 18:30", "daily 18:30", "30 18 * * *")]
    [InlineData("weekdays 07:30", "weekdays 07:30", "30 7 * * 1-5")]
    [InlineData("weekends 09:00", "weekends 09:00", "0 9 * * 0,6")]
    [InlineData("hourly", "hourly", "0 * * * *")]
    [InlineData("every 4h", "every 4h", "0 */4 * * *")]
    [InlineData("every 12 hours", "every 12h", "0 */12 * * *")]
    [InlineData("every 30m", "every 30m", "*/30 * * * *")]
    [InlineData("0 8 * * 1-5", "0 8 * * 1-5", "0 8 * * 1-5")]
    [InlineData("0 8 * * MON", "0 8 * * MON", "0 8 * * MON")]
    public void TryParse_KnownForms_GiveTheirCron(string input, string text, string cron)
    {
        var schedule = Parse(input);

        Assert.Equal(text, schedule.Text);
        Assert.Equal(cron, schedule.CronText);
    }

    [Theory]
    [InlineData("daily 25:00", "\"25:00\" is not a time of day")]
    [InlineData("daily 8", "\"8\" is not a time of day")]
    [InlineData("daily 08:7", "\"08:7\" is not a time of day")]
    [InlineData("every 5h", "the hours must divide the day evenly")]
    [InlineData("every 7m", "the minutes must divide the hour evenly")]
    [InlineData("daily", "I can't read \"daily\"")]
    [InlineData("0 8 * *", "this has 4")]
    [InlineData("", "Give a schedule")]
    [InlineData("61 8 * * *", "The minute field \"61\"")]
    [InlineData("0 8 * 13 *", "The month field \"13\"")]
    [InlineData("0 8 * * FUNDAY", "The day-of-week field \"FUNDAY\"")]
    public void TryParse_BadInput_NamesTheBadPart(string input, string expected)
    {
        Assert.Contains(expected, Error(input), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_DailyAcrossSpringForward_StaysAtEightLocalAndFiresOncePerDay()
    {
        var schedule = Parse("daily 08:00");
        var slots = SubscriptionPlanner.NextSlots(schedule, NewYork, new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.Zero), 4);

        // 8 March 2026 is the change: EST (UTC-5) before, EDT (UTC-4) from 02:00 that morning.
        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 6, 13, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 7, 13, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero),
            ],
            slots);
    }

    [Fact]
    public void Next_DailyAcrossFallBack_FiresOnceOnTheChangeoverDay()
    {
        var schedule = Parse("daily 01:30"); // 01:30 happens twice on 1 November 2026 in New York
        var slots = SubscriptionPlanner.NextSlots(schedule, NewYork, new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero), 3)
            .Select(s => TimeZoneInfo.ConvertTime(s, NewYork))
            .ToList();

        Assert.Equal([1, 2, 3], slots.Select(s => s.Day));
        Assert.All(slots, s => Assert.Equal(new TimeSpan(1, 30, 0), s.TimeOfDay));
    }

    [Fact]
    public void Next_TimeSkippedBySpringForward_StillFiresThatDay()
    {
        var schedule = Parse("daily 02:30"); // 02:30 does not exist on 8 March 2026 in New York
        var slots = SubscriptionPlanner.NextSlots(schedule, NewYork, new DateTimeOffset(2026, 3, 7, 12, 0, 0, TimeSpan.Zero), 3)
            .Select(s => TimeZoneInfo.ConvertTime(s, NewYork))
            .ToList();

        Assert.Equal([8, 9, 10], slots.Select(s => s.Day));
    }

    [Theory]
    [InlineData("every 30m", 30)]
    [InlineData("every 4h", 240)]
    [InlineData("daily 08:00", 1440)]
    [InlineData("*/5 8 * * *", 5)]
    [InlineData("0 8,9 * * *", 60)]
    public void ShortestGap_IsTheClosestPairOfSlots(string input, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), Parse(input).ShortestGap(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc));
    }
}
