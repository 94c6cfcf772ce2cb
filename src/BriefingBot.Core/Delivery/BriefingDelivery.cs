using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// Posts one scheduled slot of one subscription, exactly once. The sequence is: a ledger row is written as
/// pending with a fixed window; the attempt is counted; the post goes out carrying the slot's key; the row is
/// marked delivered. A crash anywhere leaves a pending row. Trying the slot again first asks the platform
/// whether a post with that key exists (when an attempt was counted), so the slot is posted once, never twice,
/// never zero times.
/// </summary>
public sealed partial class BriefingDelivery(
    ISubscriptionStore subscriptions,
    IDeliveryLedger ledger,
    SharedCompositions compositions,
    ChatPlatforms platforms,
    IOptions<BriefingOptions> options,
    TimeProvider time,
    ILogger<BriefingDelivery> logger)
{
    // How long an attempt that posted nothing yet is taken to be still under way (by this or another instance).
    private static readonly TimeSpan AttemptInFlight = TimeSpan.FromSeconds(30);

    private readonly BriefingOptions settings = options.Value;

    public async Task<DeliveryOutcome> DeliverAsync(long subscriptionId, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetSubscriptionAsync(subscriptionId, cancellationToken);
        var record = await ledger.GetAsync(subscriptionId, slot, cancellationToken);
        if (record is { IsFinished: true })
        {
            return DeliveryOutcome.AlreadyDone;
        }

        var now = time.GetUtcNow();
        if (subscription is null || !subscription.IsActive)
        {
            if (record is not null)
            {
                await ledger.UpdateAsync(record with { State = DeliveryState.Skipped, Detail = "subscription paused or removed", UpdatedAt = now }, cancellationToken);
            }

            return DeliveryOutcome.Skipped;
        }

        var platform = platforms.Find(subscription.Channel.Platform);
        if (platform is null)
        {
            LogNoPlatform(logger, subscription.Channel.Platform, subscriptionId);
            return DeliveryOutcome.Retry; // the adapter may be configured again; the grace period bounds the retries
        }

        if (record is null)
        {
            record = await BeginAsync(subscription, slot, now, cancellationToken);
            if (record is null)
            {
                return DeliveryOutcome.AlreadyDone; // another attempt wrote the row first and owns the slot
            }
        }
        else if (record.Attempts > 0 && await platform.FindDeliveryAsync(subscription.Channel, record.Key, cancellationToken) is { } found)
        {
            await ledger.UpdateAsync(record with { State = DeliveryState.Delivered, MessageId = found.MessageId, Detail = "found on the platform after a restart", UpdatedAt = now }, cancellationToken);
            LogRecovered(logger, subscriptionId, slot);
            return DeliveryOutcome.Recovered;
        }

        if (now - slot > settings.GracePeriod)
        {
            await ledger.UpdateAsync(record with { State = DeliveryState.Skipped, Detail = $"missed by more than the grace period ({settings.GracePeriod})", UpdatedAt = now }, cancellationToken);
            LogSkippedLate(logger, subscriptionId, slot, settings.GracePeriod);
            return DeliveryOutcome.Skipped;
        }

        return await PostAsync(platform, subscription, record, cancellationToken);
    }

    private async Task<DeliveryRecord?> BeginAsync(Subscription subscription, DateTimeOffset slot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The window continues from the last briefing that went out; slots that failed or were skipped since
        // then hand their stories on, so nothing is lost while a channel is unreachable. A channel's first
        // briefing looks back from when its schedule was set.
        var last = await ledger.GetLastCompletedAsync(subscription.Id, cancellationToken);
        var start = last?.WindowEnd
            ?? (await ledger.GetLatestAsync(subscription.Id, cancellationToken))?.WindowStart
            ?? (subscription.ScheduledFrom < now ? subscription.ScheduledFrom : now) - settings.FirstLookback;
        var record = new DeliveryRecord
        {
            SubscriptionId = subscription.Id,
            Slot = slot,
            State = DeliveryState.Pending,
            WindowStart = start,
            WindowEnd = slot > start ? slot : start, // the slot's briefing covers what was first seen before the slot
            UpdatedAt = now,
        };
        return await ledger.TryBeginAsync(record, cancellationToken) ? record : null;
    }

    private async Task<DeliveryOutcome> PostAsync(IChatPlatform platform, Subscription subscription, DeliveryRecord record, CancellationToken cancellationToken)
    {
        var briefing = await compositions.ComposeAsync(
            new BriefingRequest(record.WindowStart, null, settings.MaxItems) { Until = record.WindowEnd, Topics = subscription.Topics, IncludeUpdates = true },
            cancellationToken);
        if (briefing.IsEmpty && !settings.PostWhenEmpty)
        {
            await ledger.UpdateAsync(record with { State = DeliveryState.Empty, Detail = "nothing new", UpdatedAt = time.GetUtcNow() }, cancellationToken);
            return DeliveryOutcome.Empty;
        }

        // Counted before the post (from here on a post may exist), and only by one attempt: another instance firing the
        // same slot, or mid-post on it, leaves this one to retry (and find the slot done).
        var attempt = record with { Attempts = record.Attempts + 1, UpdatedAt = time.GetUtcNow() };
        if (!await ledger.TryStartAttemptAsync(attempt, attempt.UpdatedAt - AttemptInFlight, cancellationToken))
        {
            return DeliveryOutcome.Retry;
        }

        try
        {
            var reply = Replies.FromScheduledBriefing(briefing, subscription.Topics);
            var posted = await platform.PostAsync(subscription.Channel, reply, attempt.Key, cancellationToken);
            await ledger.UpdateAsync(attempt with { State = briefing.IsEmpty ? DeliveryState.Empty : DeliveryState.Delivered, MessageId = posted.MessageId, Detail = null, UpdatedAt = time.GetUtcNow() }, cancellationToken);
            if (subscription.DeliveryProblem is not null)
            {
                await subscriptions.SetDeliveryProblemAsync(subscription.Id, problem: null, cancellationToken);
            }

            return DeliveryOutcome.Delivered;
        }
        catch (ChatDeliveryException ex) when (ex.IsPermanent)
        {
            await ledger.UpdateAsync(attempt with { State = DeliveryState.Failed, Detail = ex.Message, UpdatedAt = time.GetUtcNow() }, cancellationToken);
            await subscriptions.SetDeliveryProblemAsync(subscription.Id, ex.Message, cancellationToken);
            LogFailed(logger, subscription.Id, subscription.Channel.ToString(), ex.Message);
            return DeliveryOutcome.Failed;
        }
        catch (ChatDeliveryException ex)
        {
            await ledger.UpdateAsync(attempt with { Detail = ex.Message, UpdatedAt = time.GetUtcNow() }, cancellationToken);
            LogTransient(logger, subscription.Id, ex.Message);
            return DeliveryOutcome.Retry;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Briefing {SubscriptionId} slot {Slot:o}: found the post of an earlier attempt on the platform; not posting again")]
    private static partial void LogRecovered(ILogger logger, long subscriptionId, DateTimeOffset slot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing {SubscriptionId} slot {Slot:o} skipped: missed by more than the grace period {Grace}")]
    private static partial void LogSkippedLate(ILogger logger, long subscriptionId, DateTimeOffset slot, TimeSpan grace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing {SubscriptionId} to {Channel} failed for good: {Reason}; the subscription is flagged")]
    private static partial void LogFailed(ILogger logger, long subscriptionId, string channel, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing {SubscriptionId} not posted yet: {Reason}; will try again")]
    private static partial void LogTransient(ILogger logger, long subscriptionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No chat platform named {Platform} is configured; briefing {SubscriptionId} waits")]
    private static partial void LogNoPlatform(ILogger logger, string platform, long subscriptionId);
}
