using BriefingBot.Ingestion;
using BriefingBot.Ingestion.Polling;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>Polls one feed added from chat and schedules its next poll (or none, when it was disabled or removed).</summary>
public sealed partial class FeedPollJob(FeedPoller poller, BriefingScheduler scheduler, IOptions<IngestionOptions> options, TimeProvider time, ILogger<FeedPollJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var feedId = JobKeys.ReadLong(context.MergedJobDataMap, JobKeys.FeedIdKey);
        DateTimeOffset? next;
        try
        {
            next = await poller.PollAsync(feedId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, feedId);
            next = time.GetUtcNow() + options.Value.Polling.DefaultInterval;
        }

        if (next is { } at)
        {
            await scheduler.ScheduleFeedAsync(feedId, at, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feed {FeedId} failed; trying again at the default interval")]
    private static partial void LogFailed(ILogger logger, Exception exception, long feedId);
}
