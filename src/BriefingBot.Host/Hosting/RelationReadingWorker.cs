using BriefingBot.Core.Answering;

namespace BriefingBot.Host.Hosting;

/// <summary>
/// Reads newly stored articles for who backs or opposes whom, a few seconds after they are stored, whichever path
/// stored them (the ingestion worker, a feed's own poll). A failed round is logged and the next one tries again.
/// </summary>
public sealed partial class RelationReadingWorker(RelationReader reader, TimeProvider time, ILogger<RelationReadingWorker> logger) : BackgroundService
{
    /// <summary>How long the worker waits between looks for articles not read yet.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var reading = await reader.ReadPendingAsync(stoppingToken);
                if (reading.Articles > 0)
                {
                    LogRead(logger, reading.Articles, reading.Relations, reading.Failed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.NextTickOrStopAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Articles} articles for stance relations: {Relations} found, {Failed} unreadable")]
    private static partial void LogRead(ILogger logger, int articles, int relations, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading stored articles for stance relations failed; trying again shortly")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
