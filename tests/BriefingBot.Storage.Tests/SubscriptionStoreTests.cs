using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage;

namespace BriefingBot.Storage.Tests;

/// <summary>The store's behaviour, the same on every provider: each provider's test class runs these on its database.</summary>
public abstract class SubscriptionStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
    private static readonly ChannelAddress Channel = new("slack", "T1", "C1");
    private readonly ITestDatabase temp;
    private readonly SubscriptionStore store;

    protected SubscriptionStoreTests(ITestDatabase database)
    {
        temp = database;
        store = new SubscriptionStore(temp.Database);
    }

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static FeedRegistration Feed(string url, ServerAddress? server = null) => new()
    {
        Server = server ?? Channel.Server,
        Url = url,
        AddedBy = "U1",
        AddedAt = Now,
        NextPollAt = Now,
    };

    [Fact]
    public async Task SaveSubscriptionAsync_SameChannelTwice_UpdatesOneRowAndKeepsItsId()
    {
        var first = await store.SaveSubscriptionAsync(new Subscription { Channel = Channel, Schedule = "daily 08:00", TimeZone = "Europe/Berlin", ScheduledFrom = Now, Topics = ["Venezuela", "fares"] }, CancellationToken.None);
        var second = await store.SaveSubscriptionAsync(first with { Paused = true, DeliveryProblem = "not_in_channel" }, CancellationToken.None);

        var byChannel = await store.GetSubscriptionAsync(Channel, CancellationToken.None);
        var all = await store.ListSubscriptionsAsync(CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.NotNull(byChannel);
        Assert.Equal(second, byChannel with { Topics = second.Topics });
        Assert.Equal(["Venezuela", "fares"], byChannel.Topics);
        Assert.Single(all);
        Assert.Equal(first.Id, (await store.GetSubscriptionAsync(first.Id, CancellationToken.None))!.Id);
    }

    [Fact]
    public async Task ListSubscriptionsAsync_ByServer_OnlyThatServersChannels()
    {
        await store.SaveSubscriptionAsync(new Subscription { Channel = Channel, ScheduledFrom = Now }, CancellationToken.None);
        await store.SaveSubscriptionAsync(new Subscription { Channel = Channel with { ChannelId = "C2" }, ScheduledFrom = Now }, CancellationToken.None);
        await store.SaveSubscriptionAsync(new Subscription { Channel = new ChannelAddress("discord", "T1", "C1"), ScheduledFrom = Now }, CancellationToken.None);

        var listed = await store.ListSubscriptionsAsync(Channel.Server, CancellationToken.None);

        Assert.Equal(["C1", "C2"], listed.Select(s => s.Channel.ChannelId));
    }

    [Fact]
    public async Task SaveFeedAsync_SameUrlAgain_ReEnablesTheSameFeed()
    {
        var feed = await store.SaveFeedAsync(Feed("https://example.com/rss.xml"), CancellationToken.None);
        await store.SaveFeedAsync(feed with { Enabled = false, DisabledReason = "8 failed polls", NextPollAt = null }, CancellationToken.None);
        var again = await store.SaveFeedAsync(Feed("https://example.com/rss.xml") with { Name = "Example" }, CancellationToken.None);

        var stored = await store.GetFeedAsync(feed.Id, CancellationToken.None);

        Assert.Equal(feed.Id, again.Id);
        Assert.True(stored!.Enabled);
        Assert.Null(stored.DisabledReason);
        Assert.Equal("Example", stored.Name);
        Assert.Equal(Now, stored.NextPollAt);
    }

    [Fact]
    public async Task RemoveFeedAsync_RemovesOnlyThatFeed()
    {
        var kept = await store.SaveFeedAsync(Feed("https://a.example/rss"), CancellationToken.None);
        var removed = await store.SaveFeedAsync(Feed("https://b.example/rss"), CancellationToken.None);
        await store.SaveFeedAsync(Feed("https://b.example/rss", new ServerAddress("discord", "G1")), CancellationToken.None);

        Assert.True(await store.RemoveFeedAsync(removed.Id, CancellationToken.None));
        Assert.False(await store.RemoveFeedAsync(removed.Id, CancellationToken.None));

        Assert.Equal([kept.Id], (await store.ListFeedsAsync(Channel.Server, CancellationToken.None)).Select(f => f.Id));
        Assert.Equal(2, (await store.ListFeedsAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ListAuditAsync_NewestFirstForThatServer()
    {
        await store.AppendAuditAsync(new AuditEntry(Now, Channel, "U1", "feeds add", "https://a.example/rss"), CancellationToken.None);
        await store.AppendAuditAsync(new AuditEntry(Now.AddMinutes(1), Channel, "U2", "schedule set", "daily 08:00 UTC"), CancellationToken.None);
        await store.AppendAuditAsync(new AuditEntry(Now, new ChannelAddress("discord", "G1", "X"), "U3", "topics add", "fares"), CancellationToken.None);

        var entries = await store.ListAuditAsync(Channel.Server, 10, CancellationToken.None);

        Assert.Equal(["schedule set", "feeds add"], entries.Select(e => e.Action));
        Assert.Equal(new AuditEntry(Now.AddMinutes(1), Channel, "U2", "schedule set", "daily 08:00 UTC"), entries[0]);
    }

    [Fact]
    public async Task TryClaimFeedPollAsync_DuePoll_OnlyOneOfManyClaimsWinsUntilTheFeedIsSaved()
    {
        var feed = await store.SaveFeedAsync(Feed("https://gazette.example/rss") with { NextPollAt = Now.AddMinutes(5) }, CancellationToken.None);
        var early = await store.TryClaimFeedPollAsync(feed.Id, Now, Now.AddMinutes(10), CancellationToken.None);

        var due = Now.AddMinutes(5);
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.TryClaimFeedPollAsync(feed.Id, due, due.AddMinutes(10), CancellationToken.None))));
        var held = await store.GetFeedAsync(feed.Id, CancellationToken.None);
        var duringTheLease = await store.TryClaimFeedPollAsync(feed.Id, due.AddMinutes(1), due.AddMinutes(11), CancellationToken.None);
        var afterTheLease = await store.TryClaimFeedPollAsync(feed.Id, due.AddMinutes(10), due.AddMinutes(20), CancellationToken.None);
        await store.SaveFeedAsync(feed, CancellationToken.None); // the poll done: saving releases the claim
        var afterTheSave = await store.TryClaimFeedPollAsync(feed.Id, due.AddMinutes(11), due.AddMinutes(21), CancellationToken.None);
        await store.SaveFeedAsync(feed with { Enabled = false }, CancellationToken.None);
        var disabled = await store.TryClaimFeedPollAsync(feed.Id, due.AddHours(1), due.AddHours(2), CancellationToken.None);

        Assert.False(early);
        Assert.Equal(1, claims.Count(c => c));
        Assert.Equal(due, held!.NextPollAt); // the claim leaves the schedule as it was
        Assert.False(duringTheLease);
        Assert.True(afterTheLease);
        Assert.True(afterTheSave);
        Assert.False(disabled);
    }

    [Fact]
    public async Task CompleteFeedPollAsync_ClaimedPoll_SetsTheNextPollAndReleasesTheClaim()
    {
        var feed = await store.SaveFeedAsync(Feed("https://gazette.example/rss") with { Name = "Gazette" }, CancellationToken.None);
        var claimed = await store.TryClaimFeedPollAsync(feed.Id, Now, Now.AddMinutes(10), CancellationToken.None);

        var completed = await store.CompleteFeedPollAsync(feed.Id, Now.AddMinutes(15), CancellationToken.None);
        var stored = await store.GetFeedAsync(feed.Id, CancellationToken.None);
        var beforeTheNextPoll = await store.TryClaimFeedPollAsync(feed.Id, Now.AddMinutes(14), Now.AddMinutes(24), CancellationToken.None);
        var atTheNextPoll = await store.TryClaimFeedPollAsync(feed.Id, Now.AddMinutes(15), Now.AddMinutes(25), CancellationToken.None);

        Assert.True(claimed);
        Assert.True(completed);
        Assert.Equal(feed with { NextPollAt = Now.AddMinutes(15) }, stored);
        Assert.False(beforeTheNextPoll);
        Assert.True(atTheNextPoll); // the claim was released (its lease had 10 minutes to run at 14)
    }

    [Fact]
    public async Task CompleteFeedPollAsync_FeedRemovedOrDisabledDuringThePoll_ChangesNothing()
    {
        var removed = await store.SaveFeedAsync(Feed("https://gone.example/rss"), CancellationToken.None);
        var disabled = await store.SaveFeedAsync(Feed("https://paused.example/rss"), CancellationToken.None);
        await store.TryClaimFeedPollAsync(removed.Id, Now, Now.AddMinutes(10), CancellationToken.None);
        await store.TryClaimFeedPollAsync(disabled.Id, Now, Now.AddMinutes(10), CancellationToken.None);
        await store.RemoveFeedAsync(removed.Id, CancellationToken.None);
        await store.SaveFeedAsync(disabled with { Enabled = false, DisabledReason = "paused by an admin", NextPollAt = null }, CancellationToken.None);

        var completedRemoved = await store.CompleteFeedPollAsync(removed.Id, Now.AddMinutes(15), CancellationToken.None);
        var completedDisabled = await store.CompleteFeedPollAsync(disabled.Id, Now.AddMinutes(15), CancellationToken.None);

        Assert.False(completedRemoved);
        Assert.False(completedDisabled);
        Assert.Null(await store.GetFeedAsync(removed.Id, CancellationToken.None));
        Assert.Equal(
            [(disabled.Url, false, (DateTimeOffset?)null, "paused by an admin")],
            (await store.ListFeedsAsync(Channel.Server, CancellationToken.None)).Select(f => (f.Url, f.Enabled, f.NextPollAt, f.DisabledReason)));
    }

    [Fact]
    public async Task DisableFeedAsync_EnabledFeed_DisablesItOnce_AndNeverBringsBackARemovedOne()
    {
        var feed = await store.SaveFeedAsync(Feed("https://gazette.example/rss"), CancellationToken.None);
        var gone = await store.SaveFeedAsync(Feed("https://gone.example/rss"), CancellationToken.None);
        await store.TryClaimFeedPollAsync(feed.Id, Now, Now.AddMinutes(10), CancellationToken.None);
        await store.RemoveFeedAsync(gone.Id, CancellationToken.None);

        var first = await store.DisableFeedAsync(feed.Id, "8 failed polls in a row", CancellationToken.None);
        var again = await store.DisableFeedAsync(feed.Id, "9 failed polls in a row", CancellationToken.None);
        var removed = await store.DisableFeedAsync(gone.Id, "8 failed polls in a row", CancellationToken.None);

        Assert.True(first);
        Assert.False(again);
        Assert.False(removed);
        Assert.Null(await store.GetFeedAsync(gone.Id, CancellationToken.None));
        Assert.Equal("8 failed polls in a row", (await store.GetFeedAsync(feed.Id, CancellationToken.None))!.DisabledReason);
    }

    [Fact]
    public async Task DisableFeedAsync_KeepsTheReasonAndClearsTheSchedule()
    {
        var feed = await store.SaveFeedAsync(Feed("https://gazette.example/rss"), CancellationToken.None);

        await store.DisableFeedAsync(feed.Id, "8 failed polls in a row; last error: HTTP 404", CancellationToken.None);
        var stored = await store.GetFeedAsync(feed.Id, CancellationToken.None);

        Assert.Equal(feed with { Enabled = false, DisabledReason = "8 failed polls in a row; last error: HTTP 404", NextPollAt = null }, stored);
    }

    [Fact]
    public async Task SetDeliveryProblemAsync_SetsAndClearsOnlyTheProblem()
    {
        var subscription = await store.SaveSubscriptionAsync(new Subscription { Channel = Channel, Schedule = "daily 08:00", TimeZone = "Europe/Berlin", ScheduledFrom = Now, Topics = ["fares"], Paused = true }, CancellationToken.None);

        var flagged = await store.SetDeliveryProblemAsync(subscription.Id, "not_in_channel", CancellationToken.None);
        var whileFlagged = await store.GetSubscriptionAsync(subscription.Id, CancellationToken.None);
        var cleared = await store.SetDeliveryProblemAsync(subscription.Id, problem: null, CancellationToken.None);
        var afterwards = await store.GetSubscriptionAsync(subscription.Id, CancellationToken.None);
        var unknown = await store.SetDeliveryProblemAsync(subscription.Id + 100, "not_in_channel", CancellationToken.None);

        Assert.True(flagged);
        Assert.Equal("not_in_channel", whileFlagged!.DeliveryProblem);
        Assert.True(cleared);
        Assert.Null(afterwards!.DeliveryProblem);
        Assert.Equal((subscription.Schedule, subscription.TimeZone, subscription.Paused, subscription.ScheduledFrom), (afterwards.Schedule, afterwards.TimeZone, afterwards.Paused, afterwards.ScheduledFrom));
        Assert.Equal(["fares"], afterwards.Topics);
        Assert.False(unknown);
    }
}
