using BriefingBot.Core.Chat;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Ingestion.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingestion.Polling;

/// <summary>
/// Polls one feed added from chat and says when to poll it next: the feed's own hint within bounds after a
/// success, exponential back-off after a failure, and after too many failures in a row the feed is disabled,
/// the change audited, and the server's briefing channels told. Instances sharing one store each schedule every feed;
/// the one that claims a due poll polls it, and the others come back when the feed's next poll is.
/// </summary>
public sealed partial class FeedPoller(
    ISubscriptionStore store,
    ISourceStateStore sources,
    IngestionService ingestion,
    ChatPlatforms platforms,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<FeedPoller> logger)
{
    /// <summary>The bot's own name in the audit log.</summary>
    public const string BotUser = "briefingbot";

    /// <summary>How long a claimed poll is held: should the instance that claimed it die mid-poll, another polls after this.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    private readonly FeedPollingOptions settings = options.Value.Polling;

    /// <summary>Polls the feed; returns when to poll it next, or null when it is gone or disabled.</summary>
    public async Task<DateTimeOffset?> PollAsync(long feedId, CancellationToken cancellationToken)
    {
        var feed = await store.GetFeedAsync(feedId, cancellationToken);
        if (feed is not { Enabled: true })
        {
            return null;
        }

        var claimedAt = time.GetUtcNow();
        if (!await store.TryClaimFeedPollAsync(feedId, claimedAt, claimedAt + ClaimLease, cancellationToken))
        {
            var current = await store.GetFeedAsync(feedId, cancellationToken);
            LogPolledElsewhere(logger, feed.Url);
            return current is { Enabled: true } ? (current.NextPollAt is { } at && at > claimedAt ? at : claimedAt + ClaimLease) : null;
        }

        try
        {
            var report = await ingestion.IngestAsync([feed.Url], progress: null, cancellationToken);
            LogPolled(logger, feed.Url, report.Added, report.Linked, report.Duplicates);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The source state already counts fetch failures; a store failure is logged and retried on the usual schedule.
            LogPollFailed(logger, ex, feed.Url);
        }

        var state = await sources.GetSourceAsync(feed.Url, cancellationToken);
        var failures = state?.ConsecutiveFailures ?? 0;
        var now = time.GetUtcNow();
        if (failures >= settings.DisableAfterFailures)
        {
            await DisableAsync(feed, failures, state?.LastError, cancellationToken);
            return null;
        }

        // Only the schedule is written back: an admin may have removed or disabled the feed while it was fetched.
        var next = now + (failures == 0 ? settings.AfterSuccess(state?.RefreshHint) : settings.AfterFailure(failures));
        return await store.CompleteFeedPollAsync(feedId, next, cancellationToken) ? next : null;
    }

    private async Task DisableAsync(FeedRegistration feed, int failures, string? lastError, CancellationToken cancellationToken)
    {
        var reason = $"{failures} failed polls in a row; last error: {lastError ?? "unknown"}";
        if (!await store.DisableFeedAsync(feed.Id, reason, cancellationToken))
        {
            return; // removed or disabled by an admin while it was polled: nothing to tell
        }

        LogDisabled(logger, feed.Url, failures);
        var channels = await store.ListSubscriptionsAsync(feed.Server, cancellationToken);
        var audited = channels.Count > 0 ? channels[0].Channel : new ChannelAddress(feed.Server.Platform, feed.Server.ServerId, "-");
        await store.AppendAuditAsync(new AuditEntry(time.GetUtcNow(), audited, BotUser, "feeds disable", $"{feed.Url}: {reason}"), cancellationToken);

        var notice = Reply.Notice($"I stopped polling the feed {feed.DisplayName} ({feed.Url}) after {reason}. An admin can resume it with /briefing feeds enable {feed.Url}");
        foreach (var subscription in channels)
        {
            if (platforms.Find(subscription.Channel.Platform) is not { } platform)
            {
                continue;
            }

            try
            {
                await platform.PostAsync(subscription.Channel, notice, key: null, cancellationToken);
            }
            catch (ChatDeliveryException ex)
            {
                LogNoticeFailed(logger, subscription.Channel.ToString(), ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {Url}: {Added} added, {Linked} linked, {Duplicates} already stored")]
    private static partial void LogPolled(ILogger logger, string url, int added, int linked, int duplicates);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Not polling {Url}: another instance sharing the store took this poll")]
    private static partial void LogPolledElsewhere(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling {Url} failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Disabled feed {Url} after {Failures} failed polls in a row")]
    private static partial void LogDisabled(ILogger logger, string url, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell {Channel} that a feed was disabled: {Reason}")]
    private static partial void LogNoticeFailed(ILogger logger, string channel, string reason);
}
