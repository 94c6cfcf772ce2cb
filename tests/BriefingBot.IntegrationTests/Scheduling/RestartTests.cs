using System.Text.Json;
using BriefingBot.Core.Delivery;
using BriefingBot.Host.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BriefingBot.IntegrationTests.Scheduling;

/// <summary>The bot stopped and started again around a slot: what it owes is posted once, what it does not owe is not.</summary>
public sealed class RestartTests : IDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Slot = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly string dataDir = Directory.CreateTempSubdirectory("briefingbot-restart-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    private static Task<List<(string Slot, string State)>> LedgerAsync(TestBot bot) =>
        bot.QueryAsync("SELECT slot, state FROM deliveries ORDER BY slot", r => (r.GetString(0), r.GetString(1)));

    private async Task<long> ScheduleDailyAtEightAsync(string zone = "UTC")
    {
        await using var bot = await TestBot.StartAsync(Morning, dataDir: dataDir);
        await bot.SendAsync($"/briefing schedule set daily 08:00 {zone}", "Briefings here");
        var id = (await bot.QueryAsync("SELECT id FROM subscriptions", r => r.GetInt64(0)))[0];
        await bot.StopAsync();
        return id;
    }

    [Fact]
    public async Task Restart_WithinTheGracePeriod_PostsTheMissedSlotOnce()
    {
        await ScheduleDailyAtEightAsync();

        await using (var late = await TestBot.StartAsync(Slot.AddMinutes(90), dataDir: dataDir))
        {
            await late.Console.WaitForAsync("YOUR BRIEFING", TimeSpan.FromSeconds(60));
            await TestBot.WaitUntilAsync(async () => (await LedgerAsync(late)) is [(_, "Delivered")], "the caught-up slot");
            await late.StopAsync();
        }

        await using var again = await TestBot.StartAsync(Slot.AddMinutes(100), dataDir: dataDir);
        await Task.Delay(1000);
        var ledger = await LedgerAsync(again);
        await again.StopAsync();

        Assert.Equal([("2026-11-27T08:00:00.000Z", "Delivered")], ledger);
        Assert.DoesNotContain("YOUR BRIEFING", again.Console.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_AfterTheGracePeriod_SkipsTheMissedSlotAndPostsTheNextOne()
    {
        await ScheduleDailyAtEightAsync();

        await using var late = await TestBot.StartAsync(Slot.AddHours(2).AddMinutes(30), dataDir: dataDir);
        await Task.Delay(1000);
        var afterStart = await LedgerAsync(late);
        await late.AdvanceAsync(TimeSpan.FromHours(21.5)); // the next day 08:00
        await late.Console.WaitForAsync("YOUR BRIEFING", TimeSpan.FromSeconds(60));
        await TestBot.WaitUntilAsync(async () => (await LedgerAsync(late)) is [(_, "Delivered")], "the next slot");
        var ledger = await LedgerAsync(late);
        await late.StopAsync();

        Assert.Empty(afterStart);
        Assert.Equal([("2026-11-28T08:00:00.000Z", "Delivered")], ledger);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Restart_WithAPendingSlot_AsksTheChannelBeforePosting(bool postReachedTheChannel)
    {
        var id = await ScheduleDailyAtEightAsync();
        var key = new DeliveryKey(id, Slot);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDir, "briefingbot.db")}"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO deliveries VALUES ({id}, '2026-11-27T08:00:00.000Z', 'Pending', '2026-11-26T08:00:00.000Z', '2026-11-27T08:00:01.000Z', 1, NULL, NULL, '2026-11-27T08:00:01.000Z')";
            await insert.ExecuteNonQueryAsync();
        }

        if (postReachedTheChannel)
        {
            var line = JsonSerializer.Serialize(new { MessageId = "1-1", Channel = "console:local/console", Key = key.Value, At = Slot.AddSeconds(1) });
            await File.WriteAllTextAsync(Path.Combine(dataDir, "console-posts.jsonl"), line + "\n");
        }

        await using var restarted = await TestBot.StartAsync(Slot.AddMinutes(2), dataDir: dataDir);
        await TestBot.WaitUntilAsync(async () => (await LedgerAsync(restarted)) is [(_, "Delivered")], "the pending slot to be settled");
        await Task.Delay(300);
        var text = restarted.Console.Text;
        var detail = await restarted.QueryAsync("SELECT detail FROM deliveries", r => r.IsDBNull(0) ? null : r.GetString(0));
        await restarted.StopAsync();

        Assert.Equal(postReachedTheChannel ? 0 : 1, text.Split("YOUR BRIEFING").Length - 1);
        Assert.Equal(postReachedTheChannel ? "found on the platform after a restart" : null, detail[0]);
    }

    [Fact]
    public async Task DailyInNewYork_FiresAtEightLocalEachDayAcrossTheSpringChange()
    {
        var start = new DateTimeOffset(2026, 3, 6, 6, 0, 0, TimeSpan.Zero);
        await using var bot = await TestBot.StartAsync(start, dataDir: dataDir);
        await bot.SendAsync("/briefing schedule set daily 08:00 America/New_York", "Briefings here");
        var id = (await bot.QueryAsync("SELECT id FROM subscriptions", r => r.GetInt64(0)))[0];
        var scheduler = await bot.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

        for (var day = 1; day <= 4; day++)
        {
            ITrigger? trigger = null;
            await TestBot.WaitUntilAsync(async () => (trigger = await scheduler.GetTrigger(JobKeys.NextSlot(id), CancellationToken.None))?.NextFireTimeUtc > bot.Time.GetUtcNow(), "the next trigger");
            bot.Time.SetUtcNow(trigger!.NextFireTimeUtc!.Value);
            var expected = day;
            await TestBot.WaitUntilAsync(async () => (await LedgerAsync(bot)).Count(r => r.State != "Pending") == expected, $"slot {day}");
        }

        await bot.AdvanceAsync(TimeSpan.FromHours(12));
        await Task.Delay(500);
        var slots = (await LedgerAsync(bot)).Select(r => r.Slot).ToList();
        await bot.StopAsync();

        // EST (UTC-5) until 8 March 2026, EDT (UTC-4) from then on: 08:00 local every day, once a day.
        Assert.Equal(["2026-03-06T13:00:00.000Z", "2026-03-07T13:00:00.000Z", "2026-03-08T12:00:00.000Z", "2026-03-09T12:00:00.000Z"], slots);
    }
}
