using System.Text.RegularExpressions;
using BriefingBot.Host.Hosting;
using BriefingBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace BriefingBot.IntegrationTests;

[CollectionDefinition(Name)]
public sealed class SharedPostgres : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}

/// <summary>The whole bot on PostgreSQL, as several instances would run it: the samples ingested, asked, briefed.</summary>
[Collection(SharedPostgres.Name)]
public sealed class PostgresBotTests(PostgresCluster cluster)
{
    // A count from the bot's database, read as another process would; 0 while the bot has not made its tables yet.
    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        try
        {
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    [Fact]
    public async Task Run_OnPostgres_IngestsTheSamplesReadsRelationsAndAnswers()
    {
        var database = cluster.CreateDatabase();
        var dataDir = Directory.CreateTempSubdirectory("briefingbot-it-").FullName;
        using var console = new ScriptedConsole();
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database,
            ["Storage:DataDirectory"] = dataDir,
            ["Chat:Console"] = "on",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        try
        {
            await using var app = BotWebHost.Create(["--urls", $"http://127.0.0.1:{Loopback.FreePort()}"], overrides, new ConsoleChatIo(console.Input, console.Output));
            var running = app.RunAsync();
            await TestBot.WaitUntilAsync(async () => await CountAsync(database, "SELECT count(*) FROM relations WHERE target LIKE '%Guaido%'") > 0, "the samples stored and their relations read");

            console.Type("/ask who backs Guaido");
            var answer = await console.WaitForAsync("Sources:", TimeSpan.FromSeconds(60));
            var before = console.Text.Length;
            console.Type("/ask who backs Guiado");
            var misspelled = await console.WaitForAsync("Sources:", TimeSpan.FromSeconds(60), from: before);
            console.Type("/quit");
            await running.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Contains("Backing Guaido: the United States", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("Russia (supporter)", answer, StringComparison.Ordinal);
            Assert.Contains("Backing Guaido: the United States", misspelled[before..], StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(dataDir, "briefingbot.db")), "nothing went to SQLite");
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task TwoInstances_ScheduleSetOnOne_TheOtherFollowsAndTheSlotIsPostedOnce()
    {
        var start = new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
        var database = cluster.CreateDatabase();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = database,
            ["Scheduling:SyncInterval"] = "00:01:00",
        };
        await using var first = await TestBot.StartAsync(start, settings);
        await using var second = await TestBot.StartAsync(start, settings);
        await TestBot.WaitUntilAsync(async () => await CountAsync(database, "SELECT count(*) FROM articles") > 0, "the samples stored");

        await first.SendAsync("/briefing schedule set daily 08:00 UTC", "Briefings here");
        var id = await CountAsync(database, "SELECT max(id) FROM subscriptions");
        var secondScheduler = await second.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var nextSlot = new TriggerKey($"{id}.next", "briefings");
        var before = await secondScheduler.GetTrigger(nextSlot);
        await second.AdvanceAsync(TimeSpan.FromMinutes(1)); // the second instance's sync
        await TestBot.WaitUntilAsync(async () => await secondScheduler.GetTrigger(nextSlot) is not null, "the second instance to follow the new schedule");
        await first.AdvanceAsync(TimeSpan.FromMinutes(1));

        // 08:00 on both: both fire the slot; the ledger lets one of them post it.
        await first.AdvanceAsync(TimeSpan.FromMinutes(119));
        await second.AdvanceAsync(TimeSpan.FromMinutes(119));
        await TestBot.WaitUntilAsync(
            async () => await CountAsync(database, "SELECT count(*) FROM deliveries WHERE state IN ('Delivered', 'Empty')") == 1,
            "the slot in the shared ledger");
        await Task.Delay(TimeSpan.FromSeconds(1)); // a second post, were there one, would land by now
        var rows = await CountAsync(database, "SELECT count(*) FROM deliveries");
        var posts = Regex.Count(first.Console.Text + second.Console.Text, "YOUR BRIEFING");
        var delivered = await CountAsync(database, "SELECT count(*) FROM deliveries WHERE state = 'Delivered'");
        await first.StopAsync();
        await second.StopAsync();

        Assert.Null(before);
        Assert.Equal(1, rows);
        Assert.Equal(delivered, posts);
        Assert.Equal(1, delivered);
    }

    [Fact]
    public async Task TwoInstances_FeedAddedAndSchedulePausedOnOne_TheOtherFollowsAndEachPollHappensOnce()
    {
        await using var bots = await StartTwoWithAFeedAsync();
        var (database, feed, first, second) = (bots.Database, bots.Feed, bots.First, bots.Second);
        var secondScheduler = await second.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await first.SendAsync("/briefing schedule set daily 08:00 UTC", "Briefings here");
        await AddFeedFollowedByTheOtherAsync(database, feed, first, second);
        var subscription = await CountAsync(database, "SELECT max(id) FROM subscriptions");

        // The feed's next poll comes due on both instances; one of them polls it.
        await first.AdvanceAsync(TimeSpan.FromMinutes(61));
        await second.AdvanceAsync(TimeSpan.FromMinutes(60));
        await TestBot.WaitUntilAsync(() => Task.FromResult(feed.Requests >= 3), "the feed's second poll");
        await Task.Delay(TimeSpan.FromSeconds(1)); // a third request, were there one, would arrive by now
        var requests = feed.Requests;

        await first.SendAsync("/briefing pause", "paused");
        await second.AdvanceAsync(TimeSpan.FromMinutes(1));
        await TestBot.WaitUntilAsync(async () => await secondScheduler.GetTrigger(new TriggerKey($"{subscription}.next", "briefings")) is null, "the second instance to drop the paused schedule");
        await first.StopAsync();
        await second.StopAsync();

        Assert.Equal(3, requests);
    }

    [Fact]
    public async Task TwoInstances_ClocksSteppedMinuteByMinute_EachPollHappensOnce()
    {
        await using var bots = await StartTwoWithAFeedAsync();
        var (database, feed, first, second) = (bots.Database, bots.Feed, bots.First, bots.Second);
        await AddFeedFollowedByTheOtherAsync(database, feed, first, second); // the second instance's clock now runs a minute ahead

        // Both clocks step a minute at a time through three of the feed's 15-minute polls, each instance's trigger
        // coming due a minute apart: the poll is taken by whichever comes first, and the other finds it done.
        var polledAt = new List<int>();
        var requests = feed.Requests;
        for (var minute = 1; minute <= 46; minute++)
        {
            await first.AdvanceAsync(TimeSpan.FromMinutes(1));
            await second.AdvanceAsync(TimeSpan.FromMinutes(1));
            await Task.Delay(100);
            polledAt.AddRange(Enumerable.Repeat(minute, feed.Requests - requests));
            requests = feed.Requests;
        }

        await first.StopAsync();
        await second.StopAsync();

        Assert.InRange(polledAt.Count, 2, 3);
        Assert.All(polledAt.Zip(polledAt.Skip(1), (a, b) => b - a), gap => Assert.InRange(gap, 10, 20));
    }

    // Two instances on one new PostgreSQL database, their clocks at 06:00, and a loopback feed with one item.
    private async Task<TwoWithAFeed> StartTwoWithAFeedAsync()
    {
        var start = new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
        var database = cluster.CreateDatabase();
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = database };
        var feed = new Scheduling.FeedServer();
        feed.Publish("Ferry strike ends", "https://ledger.example/ferry", "The ferry workers union ended its strike on Thursday after the operator agreed to a 4% raise.");
        TestBot? first = null;
        try
        {
            first = await TestBot.StartAsync(start, settings);
            return new TwoWithAFeed(database, feed, first, await TestBot.StartAsync(start, settings));
        }
        catch
        {
            if (first is not null)
            {
                await first.DisposeAsync();
            }

            await feed.DisposeAsync();
            throw;
        }
    }

    private sealed record TwoWithAFeed(string Database, Scheduling.FeedServer Feed, TestBot First, TestBot Second) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Second.DisposeAsync();
            await First.DisposeAsync();
            await Feed.DisposeAsync();
        }
    }

    // Adds the feed through the first instance, waits for its first poll there (after the probe that added it), then
    // advances the second instance's clock a minute, to its sync, until it has scheduled the feed too.
    private static async Task AddFeedFollowedByTheOtherAsync(string database, Scheduling.FeedServer feed, TestBot first, TestBot second)
    {
        var secondScheduler = await second.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await first.SendAsync($"/briefing feeds add {feed.Url}", "Added Loopback Ledger");
        await TestBot.WaitUntilAsync(() => Task.FromResult(feed.Requests >= 2), "the first instance's first poll (after the probe that added it)");
        var feedId = await CountAsync(database, "SELECT max(id) FROM feeds");
        await second.AdvanceAsync(TimeSpan.FromMinutes(1));
        await TestBot.WaitUntilAsync(async () => await secondScheduler.GetTrigger(new TriggerKey($"{feedId}.poll", "feeds")) is not null, "the second instance to schedule the feed");
    }
}
