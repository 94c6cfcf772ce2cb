using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Scheduling;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>
/// Keeps Quartz's triggers in step with the configuration store: one "next slot" trigger per active
/// subscription, one-off triggers for catch-up and retries, and one poll trigger per enabled feed. On start it
/// rebuilds them all from the store (the SQLite job store is in memory), resumes pending deliveries and posts a
/// slot missed while the bot was down if it is still within the grace period. On a store that several instances share
/// (PostgreSQL) it also re-reads the store every <see cref="SchedulingOptions.SyncInterval"/>, so each instance follows
/// the changes made on the others; the delivery ledger posts each slot once, whichever instance fires first.
/// </summary>
public sealed partial class BriefingScheduler(
    ISchedulerFactory schedulers,
    ISubscriptionStore store,
    IDeliveryLedger ledger,
    SubscriptionPlanner planner,
    IOptions<BriefingOptions> options,
    IOptions<SchedulingOptions> scheduling,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<BriefingScheduler> logger) : IScheduleChanges
{
    private const string Next = "next";
    private const string Once = "once";

    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var pending in await ledger.ListPendingAsync(cancellationToken))
        {
            await ScheduleSlotAsync(scheduler, pending.SubscriptionId, pending.Slot, now, JobKeys.OneSlot(pending.SubscriptionId, pending.Slot, "recover"), Once, cancellationToken);
        }

        var subscriptions = await store.ListSubscriptionsAsync(cancellationToken);
        var active = 0;
        foreach (var subscription in subscriptions)
        {
            var plan = await planner.PlanAsync(subscription, now, cancellationToken);
            if (plan is null)
            {
                continue;
            }

            active++;
            if (plan.CatchUp is { } missed)
            {
                LogCatchUp(logger, subscription.Id, missed);
                await ScheduleSlotAsync(scheduler, subscription.Id, missed, now, JobKeys.OneSlot(subscription.Id, missed, "catchup"), Once, cancellationToken);
            }

            if (plan.LatestMissed is { } skipped)
            {
                LogSkipped(logger, subscription.Id, skipped, options.Value.GracePeriod);
            }

            if (plan.Next is { } next)
            {
                await ScheduleSlotAsync(scheduler, subscription.Id, next, next, JobKeys.NextSlot(subscription.Id), Next, cancellationToken);
            }
        }

        var feeds = 0;
        foreach (var feed in await store.ListFeedsAsync(cancellationToken))
        {
            if (feed.Enabled)
            {
                feeds++;
                await ScheduleFeedAsync(scheduler, feed.Id, feed.NextPollAt is { } at && at > now ? at : now, cancellationToken);
            }
        }

        LogRestored(logger, active, feeds);
        if (storage.Value.UsesPostgres)
        {
            await scheduler.ScheduleJob(
                JobBuilder.Create<ScheduleSyncJob>().WithIdentity(JobKeys.Sync).DisallowConcurrentExecution(true).Build(),
                TriggerBuilder.Create(time)
                    .WithIdentity(JobKeys.Sync.Name, JobKeys.SyncGroup)
                    .StartAt(now + scheduling.Value.SyncInterval)
                    .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(scheduling.Value.SyncInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                    .Build(),
                ScheduleJobOptions.Replacing,
                cancellationToken);
        }
    }

    /// <summary>
    /// Brings this instance's triggers in step with the store, after another instance sharing it added, changed or
    /// removed a subscription or a feed. A trigger already due is left alone: it fires and plans what follows.
    /// </summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = time.GetUtcNow();
        var subscriptions = new HashSet<long>();
        foreach (var subscription in await store.ListSubscriptionsAsync(cancellationToken))
        {
            subscriptions.Add(subscription.Id);
            var key = JobKeys.NextSlot(subscription.Id);
            var existing = await scheduler.GetTrigger(key, cancellationToken);
            if (existing?.StartTimeUtc <= now)
            {
                continue;
            }

            var plan = await planner.PlanAsync(subscription, now, cancellationToken);
            if (plan?.Next is { } next)
            {
                if (existing?.StartTimeUtc != next)
                {
                    await ScheduleSlotAsync(scheduler, subscription.Id, next, next, key, Next, cancellationToken);
                }
            }
            else if (existing is not null)
            {
                await scheduler.UnscheduleJob(key, cancellationToken);
            }
        }

        foreach (var key in (await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(JobKeys.BriefingGroup), Take = PagedQuery.All }, cancellationToken)).Items.Select(t => t.Key))
        {
            if (JobKeys.NextSlotSubscription(key) is { } id && !subscriptions.Contains(id))
            {
                await scheduler.UnscheduleJob(key, cancellationToken);
            }
        }

        var feeds = new HashSet<long>();
        foreach (var feed in await store.ListFeedsAsync(cancellationToken))
        {
            if (!feed.Enabled)
            {
                continue;
            }

            feeds.Add(feed.Id);
            if (!await scheduler.Exists(JobKeys.FeedPoll(feed.Id), cancellationToken) && !await IsRunningAsync(scheduler, JobKeys.Feed(feed.Id), cancellationToken))
            {
                await ScheduleFeedAsync(scheduler, feed.Id, feed.NextPollAt is { } at && at > now ? at : now, cancellationToken);
            }
        }

        foreach (var job in (await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(JobKeys.FeedGroup), Take = PagedQuery.All }, cancellationToken)).Items.Select(j => j.Key))
        {
            if (JobKeys.FeedOf(job) is { } id && !feeds.Contains(id))
            {
                await scheduler.DeleteJob(job, cancellationToken);
            }
        }
    }

    // A job mid-run has no trigger left (they fire once); it schedules its own next run when it ends.
    private static async Task<bool> IsRunningAsync(IScheduler scheduler, JobKey job, CancellationToken cancellationToken) =>
        (await scheduler.QueryFireInstances(new FireInstanceQuery { Job = job }, cancellationToken)).Items.Count > 0;

    public async Task SubscriptionChangedAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var subscription = await store.GetSubscriptionAsync(subscriptionId, cancellationToken);
        var plan = subscription is null ? null : await planner.PlanAsync(subscription, time.GetUtcNow(), cancellationToken);
        if (plan?.Next is { } next)
        {
            await ScheduleSlotAsync(scheduler, subscriptionId, next, next, JobKeys.NextSlot(subscriptionId), Next, cancellationToken);
        }
        else
        {
            await scheduler.UnscheduleJob(JobKeys.NextSlot(subscriptionId), cancellationToken);
        }
    }

    /// <summary>Tries a slot again after the retry delay, while that is still within the grace period.</summary>
    public async Task ScheduleRetryAsync(long subscriptionId, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var at = time.GetUtcNow() + settings.RetryDelay;
        if (at - slot > settings.GracePeriod)
        {
            LogGaveUp(logger, subscriptionId, slot);
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await ScheduleSlotAsync(scheduler, subscriptionId, slot, at, JobKeys.OneSlot(subscriptionId, slot, "retry"), Once, cancellationToken);
    }

    public async Task FeedChangedAsync(long feedId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var feed = await store.GetFeedAsync(feedId, cancellationToken);
        if (feed is not { Enabled: true })
        {
            await scheduler.DeleteJob(JobKeys.Feed(feedId), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        await ScheduleFeedAsync(scheduler, feedId, feed.NextPollAt is { } at && at > now ? at : now, cancellationToken);
    }

    public async Task ScheduleFeedAsync(long feedId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ScheduleFeedAsync(await schedulers.GetScheduler(cancellationToken), feedId, at, cancellationToken);

    private Task ScheduleSlotAsync(IScheduler scheduler, long subscriptionId, DateTimeOffset slot, DateTimeOffset fireAt, TriggerKey key, string kind, CancellationToken cancellationToken) =>
        ScheduleOnceAsync<BriefingJob>(
            scheduler,
            JobKeys.Briefing(subscriptionId),
            JobKeys.SubscriptionIdKey,
            subscriptionId,
            key,
            fireAt,
            new JobDataMap { [JobKeys.SlotKey] = slot.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), [JobKeys.KindKey] = kind },
            cancellationToken);

    private Task ScheduleFeedAsync(IScheduler scheduler, long feedId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ScheduleOnceAsync<FeedPollJob>(scheduler, JobKeys.Feed(feedId), JobKeys.FeedIdKey, feedId, JobKeys.FeedPoll(feedId), at, new JobDataMap(), cancellationToken);

    /// <summary>
    /// One durable job per subscription or feed, run one firing at a time (a channel's ledger rows are never
    /// raced), and a one-shot trigger for it that fires late rather than never.
    /// </summary>
    private async Task ScheduleOnceAsync<TJob>(IScheduler scheduler, JobKey job, string idKey, long id, TriggerKey key, DateTimeOffset at, JobDataMap triggerData, CancellationToken cancellationToken)
        where TJob : IJob
    {
        await scheduler.AddJob(
            JobBuilder.Create<TJob>()
                .WithIdentity(job)
                .StoreDurably(true)
                .DisallowConcurrentExecution(true)
                .UsingJobData(idKey, id.ToString(CultureInfo.InvariantCulture))
                .Build(),
            AddJobOptions.Replacing,
            cancellationToken);
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(key)
            .ForJob(job)
            .StartAt(at)
            .UsingJobData(triggerData)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Subscriptions} briefings and {Feeds} feed polls from the configuration store")]
    private static partial void LogRestored(ILogger logger, int subscriptions, int feeds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Briefing {SubscriptionId}: slot {Slot:o} was missed while the bot was down; posting it now (within the grace period)")]
    private static partial void LogCatchUp(ILogger logger, long subscriptionId, DateTimeOffset slot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing {SubscriptionId}: slot {Slot:o} was missed while the bot was down, longer ago than the grace period {Grace}; skipped")]
    private static partial void LogSkipped(ILogger logger, long subscriptionId, DateTimeOffset slot, TimeSpan grace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing {SubscriptionId}: giving up on slot {Slot:o}, the grace period is over")]
    private static partial void LogGaveUp(ILogger logger, long subscriptionId, DateTimeOffset slot);
}
