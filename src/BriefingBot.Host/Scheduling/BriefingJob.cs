using BriefingBot.Core.Delivery;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>Delivers one slot of one subscription; a "next" trigger then schedules the following slot.</summary>
public sealed partial class BriefingJob(BriefingDelivery delivery, BriefingScheduler scheduler, ILogger<BriefingJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var subscriptionId = JobKeys.ReadLong(data, JobKeys.SubscriptionIdKey);
        var slot = DateTimeOffset.FromUnixTimeSeconds(JobKeys.ReadLong(data, JobKeys.SlotKey));
        try
        {
            var outcome = await delivery.DeliverAsync(subscriptionId, slot, cancellationToken);
            LogOutcome(logger, subscriptionId, slot, outcome);
            if (outcome == DeliveryOutcome.Retry)
            {
                await scheduler.ScheduleRetryAsync(subscriptionId, slot, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, subscriptionId, slot);
            await scheduler.ScheduleRetryAsync(subscriptionId, slot, CancellationToken.None);
        }
        finally
        {
            if (JobKeys.ReadString(data, JobKeys.KindKey) == "next")
            {
                await scheduler.SubscriptionChangedAsync(subscriptionId, CancellationToken.None);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Briefing {SubscriptionId} slot {Slot:o}: {Outcome}")]
    private static partial void LogOutcome(ILogger logger, long subscriptionId, DateTimeOffset slot, DeliveryOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Briefing {SubscriptionId} slot {Slot:o} failed; will retry within the grace period")]
    private static partial void LogFailed(ILogger logger, Exception exception, long subscriptionId, DateTimeOffset slot);
}
