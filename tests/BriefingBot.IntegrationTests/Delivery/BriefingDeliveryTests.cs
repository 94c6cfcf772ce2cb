using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Core.Summarization;
using BriefingBot.Storage;
using BriefingBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.IntegrationTests.Delivery;

/// <summary>
/// Exactly-once delivery on a real SQLite file, with the process "killed" at each point of the sequence and a
/// new process (new connections, new services) taking over: the slot is posted once, never twice, never zero times.
/// </summary>
public sealed class BriefingDeliveryTests : IDisposable
{
    private static readonly DateTimeOffset Slot = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly ChannelAddress Channel = new("console", "local", "console");

    private readonly string folder = Directory.CreateTempSubdirectory("briefingbot-delivery-").FullName;
    private readonly FakeTimeProvider time = new(Slot.AddHours(-1));
    private readonly RecordingPlatform platform = new();
    private readonly long subscriptionId;

    public BriefingDeliveryTests()
    {
        var database = new SqliteDatabase(DatabasePath);
        AddArticle(database, "Ferry strike ends", "The ferry workers union ended its strike on Thursday after the operator agreed to a 4% raise.");
        subscriptionId = new SubscriptionStore(database)
            .SaveSubscriptionAsync(new Subscription { Channel = Channel, Schedule = "daily 08:00", ScheduledFrom = Slot.AddDays(-1) }, CancellationToken.None)
            .GetAwaiter().GetResult().Id;
        time.SetUtcNow(Slot.AddSeconds(3));
    }

    private string DatabasePath => Path.Combine(folder, "briefingbot.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private void AddArticle(SqliteDatabase database, string title, string text) =>
        new StoryStore(database, time)
            .AddAsync([new ArticleAnalyzer(new ExtractiveSummarizer()).Analyze(new ArticleDraft { Title = title, Text = text, Source = "Loopback Ledger", Url = $"https://ledger.example/{title.Length}" })], CancellationToken.None)
            .GetAwaiter().GetResult();

    /// <summary>One run of the bot: its own connections and services over the same file.</summary>
    private (BriefingDelivery Delivery, DeliveryLedger Ledger, SubscriptionStore Store) Process(int crashOnLedgerUpdate = 0, BriefingOptions? options = null)
    {
        var database = new SqliteDatabase(DatabasePath);
        var ledger = new DeliveryLedger(database);
        var store = new SubscriptionStore(database);
        var delivery = new BriefingDelivery(
            store,
            new CrashingLedger(ledger, crashOnLedgerUpdate),
            new SharedCompositions(new BriefingComposer(new StoryStore(database, time), time), time),
            new ChatPlatforms([platform]),
            Options.Create(options ?? new BriefingOptions()),
            time,
            NullLogger<BriefingDelivery>.Instance);
        return (delivery, ledger, store);
    }

    private async Task<DeliveryRecord> RowAsync(DateTimeOffset? slot = null) =>
        (await Process().Ledger.GetAsync(subscriptionId, slot ?? Slot, CancellationToken.None))!;

    [Fact]
    public async Task DeliverAsync_NoCrash_PostsOnceWithTheSlotKeyAndRecordsIt()
    {
        var first = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);
        var again = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, first);
        Assert.Equal(DeliveryOutcome.AlreadyDone, again);
        var post = Assert.Single(platform.History);
        Assert.Equal(new DeliveryKey(subscriptionId, Slot), post.Key);
        Assert.Equal("Ferry strike ends", Assert.Single(post.Reply.Items).Title);
        var row = await RowAsync();
        Assert.Equal(DeliveryState.Delivered, row.State);
        Assert.Equal("m1", row.MessageId);
        Assert.Equal(1, row.Attempts);
    }

    [Fact]
    public async Task Crash_AfterThePendingRowBeforeTheAttempt_NextRunPostsOnceWithoutAsking()
    {
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Process(crashOnLedgerUpdate: 1).Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None));
        Assert.Empty(platform.History);

        var outcome = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Single(platform.History);
        Assert.Equal(0, platform.Lookups); // no attempt was counted, so no post can exist
    }

    [Fact]
    public async Task Crash_BeforeThePlatformTookThePost_NextRunFindsNothingAndPostsOnce()
    {
        platform.CrashOnNextPost = RecordingPlatform.Crash.BeforeAccepted;
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None));

        // Right after it, the attempt could still be under way in another instance: retry. The retry a minute later
        // finds it stale and posts.
        var atOnce = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        var outcome = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Retry, atOnce);
        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Single(platform.History);
        Assert.Equal(2, platform.Lookups); // each run first asks the platform whether the post went out
        Assert.Equal(2, (await RowAsync()).Attempts);
    }

    [Fact]
    public async Task Crash_AfterThePlatformTookThePost_NextRunFindsItAndDoesNotPostAgain()
    {
        platform.CrashOnNextPost = RecordingPlatform.Crash.AfterAccepted;
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None));
        Assert.Equal(DeliveryState.Pending, (await RowAsync()).State);

        var outcome = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Recovered, outcome);
        Assert.Single(platform.History);
        var row = await RowAsync();
        Assert.Equal(DeliveryState.Delivered, row.State);
        Assert.Equal("m1", row.MessageId);
    }

    [Fact]
    public async Task Crash_AfterThePostBeforeMarkingItDelivered_NextRunFindsItAndDoesNotPostAgain()
    {
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Process(crashOnLedgerUpdate: 2).Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None));
        Assert.Single(platform.History);

        var outcome = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Recovered, outcome);
        Assert.Single(platform.History);
    }

    [Fact]
    public async Task Crash_ThenRestartAfterTheGracePeriod_SkipsTheSlotAndSaysWhy()
    {
        platform.CrashOnNextPost = RecordingPlatform.Crash.BeforeAccepted;
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None));
        time.Advance(TimeSpan.FromHours(3));

        var outcome = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Skipped, outcome);
        Assert.Empty(platform.History);
        var row = await RowAsync();
        Assert.Equal(DeliveryState.Skipped, row.State);
        Assert.Contains("grace period", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransientFailure_StaysPendingAndTheRetryPostsOnce()
    {
        platform.FailNextPost = DeliveryFailure.Transient;

        var first = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);
        var pending = await RowAsync();
        time.Advance(TimeSpan.FromMinutes(1));
        var retry = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Retry, first);
        Assert.Equal(DeliveryState.Pending, pending.State);
        Assert.Equal("503 Service Unavailable", pending.Detail);
        Assert.Equal(DeliveryOutcome.Delivered, retry);
        Assert.Single(platform.History);
    }

    [Fact]
    public async Task PermanentFailure_FlagsTheSubscriptionUntilALaterSlotGetsThrough()
    {
        platform.FailNextPost = DeliveryFailure.ChannelUnavailable;

        var failed = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);
        var flagged = await Process().Store.GetSubscriptionAsync(subscriptionId, CancellationToken.None);
        AddArticle(new SqliteDatabase(DatabasePath), "Ferry timetable returns", "The ferry operator restored its full timetable on Saturday with extra sailings at rush hour.");
        time.Advance(TimeSpan.FromDays(1));
        var next = await Process().Delivery.DeliverAsync(subscriptionId, Slot.AddDays(1), CancellationToken.None);
        var cleared = await Process().Store.GetSubscriptionAsync(subscriptionId, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Failed, failed);
        Assert.Equal(DeliveryState.Failed, (await RowAsync()).State);
        Assert.StartsWith("Missing Access (403)", flagged!.DeliveryProblem, StringComparison.Ordinal);
        Assert.Equal(DeliveryOutcome.Delivered, next);
        Assert.Null(cleared!.DeliveryProblem);
        Assert.Equal(2, Assert.Single(platform.History).Reply.Items.Count); // the failed slot's story is not lost
    }

    [Fact]
    public async Task ConsecutiveSlots_EachStoryIsBriefedOnce()
    {
        await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(5));
        AddArticle(new SqliteDatabase(DatabasePath), "Ferry timetable returns", "The ferry operator restored its full timetable on Saturday with extra sailings at rush hour.");
        time.Advance(TimeSpan.FromHours(19));
        await Process().Delivery.DeliverAsync(subscriptionId, Slot.AddDays(1), CancellationToken.None);

        Assert.Equal(
            ["Ferry strike ends", "Ferry timetable returns"],
            platform.History.SelectMany(h => h.Reply.Items).Select(i => i.Title));
        var second = await RowAsync(Slot.AddDays(1));
        Assert.Equal((await RowAsync()).WindowEnd, second.WindowStart);
    }

    [Fact]
    public async Task PausedSubscription_PostsNothing()
    {
        var (_, _, store) = Process();
        var subscription = await store.GetSubscriptionAsync(subscriptionId, CancellationToken.None);
        await store.SaveSubscriptionAsync(subscription! with { Paused = true }, CancellationToken.None);

        var outcome = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Skipped, outcome);
        Assert.Empty(platform.History);
    }

    [Fact]
    public async Task PermanentFailure_ScheduleChangedWhileThePostWasInFlight_KeepsTheChangeAndFlagsTheProblem()
    {
        var store = Process().Store;
        platform.FailNextPost = DeliveryFailure.ChannelUnavailable;
        platform.DuringNextPost = async () =>
        {
            var current = await store.GetSubscriptionAsync(subscriptionId, CancellationToken.None);
            await store.SaveSubscriptionAsync(current! with { Schedule = "daily 09:30", Topics = ["ferry"] }, CancellationToken.None);
        };

        var outcome = await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);
        var stored = await store.GetSubscriptionAsync(subscriptionId, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Failed, outcome);
        Assert.Equal("daily 09:30", stored!.Schedule);
        Assert.Equal(["ferry"], stored.Topics);
        Assert.StartsWith("Missing Access (403)", stored.DeliveryProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveredAfterAProblem_PausedWhileThePostWasInFlight_StaysPausedWithTheProblemCleared()
    {
        var store = Process().Store;
        platform.FailNextPost = DeliveryFailure.ChannelUnavailable;
        await Process().Delivery.DeliverAsync(subscriptionId, Slot, CancellationToken.None);
        AddArticle(new SqliteDatabase(DatabasePath), "Ferry timetable returns", "The ferry operator restored its full timetable on Saturday with extra sailings at rush hour.");
        time.Advance(TimeSpan.FromDays(1));
        platform.DuringNextPost = async () =>
        {
            var current = await store.GetSubscriptionAsync(subscriptionId, CancellationToken.None);
            await store.SaveSubscriptionAsync(current! with { Paused = true }, CancellationToken.None);
        };

        var outcome = await Process().Delivery.DeliverAsync(subscriptionId, Slot.AddDays(1), CancellationToken.None);
        var stored = await store.GetSubscriptionAsync(subscriptionId, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.True(stored!.Paused);
        Assert.Null(stored.DeliveryProblem);
    }
}
