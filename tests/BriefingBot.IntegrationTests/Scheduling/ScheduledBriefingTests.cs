using System.Text.RegularExpressions;

namespace BriefingBot.IntegrationTests.Scheduling;

/// <summary>A channel set up entirely from chat, then time moves and briefings arrive: once per slot, with the right stories.</summary>
public sealed class ScheduledBriefingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);

    private static int Count(string text, string what) => Regex.Count(text, Regex.Escape(what));

    private static Task<List<(string Slot, string State)>> LedgerAsync(TestBot bot) =>
        bot.QueryAsync("SELECT slot, state FROM deliveries ORDER BY slot", r => (r.GetString(0), r.GetString(1)));

    // A poll that runs across a jump of the clock would plan its next poll from after the jump.
    private static Task WaitForPollAsync(TestBot bot) =>
        TestBot.WaitUntilAsync(
            async () => string.CompareOrdinal(
                (await bot.QueryAsync("SELECT next_poll_at FROM feeds", r => r.GetString(0)))[0],
                bot.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture)) > 0,
            "the feed's poll to finish");

    private static async Task<bool> FinishedAsync(TestBot bot, int slots)
    {
        var ledger = await LedgerAsync(bot);
        return ledger.Count == slots && ledger.All(r => r.State != "Pending");
    }

    [Fact]
    public async Task ConfiguredFromChat_PostsExactlyOneBriefingPerSlotWithTheChannelsStories()
    {
        await using var feed = new FeedServer();
        feed.Publish("Ferry strike ends", "https://ledger.example/ferry", "The ferry workers union ended its strike on Thursday after the operator agreed to a 4% raise. Services resume on Friday morning.");
        await using var bot = await TestBot.StartAsync(Start);
        await bot.SendAsync($"/briefing feeds add {feed.Url}", "Added Loopback Ledger");
        await TestBot.WaitUntilAsync(async () => (await bot.SendAsync("/briefing feeds list", "for this server")).Contains("1 new in the last day", StringComparison.Ordinal), "the first poll of the feed");
        var set = await bot.SendAsync("/briefing schedule set daily 08:00 UTC", "Briefings here");
        await bot.SendAsync("/briefing topics add ferry", "Following");

        await bot.AdvanceAsync(TimeSpan.FromHours(2)); // 08:00: the first slot
        var briefing = await bot.Console.WaitForAsync("YOUR BRIEFING", TimeSpan.FromSeconds(60));
        await TestBot.WaitUntilAsync(async () => await FinishedAsync(bot, 1), "the first slot in the ledger");

        await bot.AdvanceAsync(TimeSpan.FromHours(3)); // later the same day: no briefing is due, but a poll of the feed is
        await WaitForPollAsync(bot);
        feed.Publish("New ferry route to Gull Island", "https://ledger.example/gull-island", "A new ferry route to Gull Island opens in the spring, the harbour board announced, with two boats a day in summer.");
        await bot.AdvanceAsync(TimeSpan.FromHours(20)); // 07:00 the next day: the feed's poll is due
        await TestBot.WaitUntilAsync(
            async () => (await bot.QueryAsync("SELECT COUNT(*) FROM articles WHERE title = 'New ferry route to Gull Island'", r => r.GetInt64(0)))[0] == 1,
            "the poll that finds the new item");
        await bot.AdvanceAsync(TimeSpan.FromHours(1)); // 08:00: the second slot
        await TestBot.WaitUntilAsync(async () => await FinishedAsync(bot, 2), "the second slot in the ledger");
        var text = bot.Console.Text;
        var ledger = await LedgerAsync(bot);
        await bot.StopAsync();

        Assert.Contains("Next: Fri 2026-11-27 08:00 (UTC+00:00)", set, StringComparison.Ordinal);
        Assert.Contains("Ferry strike ends", briefing, StringComparison.Ordinal);
        Assert.DoesNotContain("Guaido", briefing[briefing.LastIndexOf("YOUR BRIEFING", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(2, Count(text, "YOUR BRIEFING"));
        Assert.Equal(1, Count(text, "1. Ferry strike ends")); // the second briefing has only what is new
        Assert.Contains("1. New ferry route to Gull Island", text, StringComparison.Ordinal);
        Assert.Equal([("2026-11-27T08:00:00.000Z", "Delivered"), ("2026-11-28T08:00:00.000Z", "Delivered")], ledger);
        Assert.Contains("(Topics: ferry)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingNew_PostsNothingButRecordsTheSlot()
    {
        await using var bot = await TestBot.StartAsync(Start);
        await bot.SendAsync("/briefing schedule set every 4h", "Briefings here");
        await bot.SendAsync("/briefing topics add zeppelin", "Following");

        await bot.AdvanceAsync(TimeSpan.FromHours(2)); // 08:00
        await TestBot.WaitUntilAsync(async () => await FinishedAsync(bot, 1), "the slot in the ledger");
        var ledger = await LedgerAsync(bot);
        await bot.StopAsync();

        Assert.Equal([("2026-11-27T08:00:00.000Z", "Empty")], ledger);
        Assert.Equal(0, Count(bot.Console.Text, "YOUR BRIEFING"));
    }

    [Fact]
    public async Task FeedRemovedWhileItIsBeingPolled_StaysRemovedAndIsNotPolledAgain()
    {
        await using var feed = new FeedServer();
        feed.Publish("Ferry strike ends", "https://ledger.example/ferry", "The ferry workers union ended its strike on Thursday after the operator agreed to a 4% raise.");
        await using var bot = await TestBot.StartAsync(Start);
        await bot.SendAsync($"/briefing feeds add {feed.Url}", "Added Loopback Ledger");
        await WaitForPollAsync(bot);
        feed.Publish("New ferry route to Gull Island", "https://ledger.example/gull-island", "A new ferry route to Gull Island opens in the spring, the harbour board announced.");
        var held = feed.HoldNextRequest();

        await bot.AdvanceAsync(TimeSpan.FromMinutes(15)); // the next poll: its request waits at the feed
        await held.Arrived.WaitAsync(TimeSpan.FromSeconds(60));
        var removed = await bot.SendAsync($"/briefing feeds remove {feed.Url}", "Removed");
        held.Release();
        await TestBot.WaitUntilAsync(
            async () => (await bot.QueryAsync("SELECT COUNT(*) FROM articles WHERE title = 'New ferry route to Gull Island'", r => r.GetInt64(0)))[0] == 1,
            "the held poll to store what it fetched");
        await Task.Delay(TimeSpan.FromSeconds(1)); // the poll's last write, were it to bring the feed back, lands by now
        var feeds = await bot.QueryAsync("SELECT url FROM feeds", r => r.GetString(0));
        var requests = feed.Requests;
        await bot.AdvanceAsync(TimeSpan.FromHours(2));
        await Task.Delay(TimeSpan.FromSeconds(1)); // a poll, were one still scheduled, would arrive by now
        var listed = await bot.SendAsync("/briefing feeds list", "feed");
        var requestsLater = feed.Requests;
        await bot.StopAsync();

        Assert.Contains("Removed Loopback Ledger", removed, StringComparison.Ordinal);
        Assert.Empty(feeds);
        Assert.Equal(requests, requestsLater);
        Assert.DoesNotContain(feed.Url, listed, StringComparison.Ordinal);
    }
}
