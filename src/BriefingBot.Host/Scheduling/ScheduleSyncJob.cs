using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>Re-reads the shared store's subscriptions and feeds into this instance's schedule (PostgreSQL only).</summary>
public sealed partial class ScheduleSyncJob(BriefingScheduler scheduler, ILogger<ScheduleSyncJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.SyncAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The store may be briefly out of reach; the next sync tries again.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-read the shared store's schedule; trying again at the next sync")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
