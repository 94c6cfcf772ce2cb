using BriefingBot.Host.Composition;
using BriefingBot.Ingestion;
using BriefingBot.Ingestion.Pipeline;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>
/// Ingests the configured sources (and, offline, the bundled samples) at start and then on every poll
/// interval. A failed run is logged and the loop goes on; cancellation is a normal stop.
/// </summary>
public sealed partial class IngestionWorker(
    IngestionService ingestion,
    IngestionStatus status,
    IOptions<IngestionOptions> options,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    public IReadOnlyList<string> Locations()
    {
        var locations = options.Value.Sources.Select(BotConfiguration.ResolvePath).ToList();
        if (BotConfiguration.IsOffline(configuration) && !string.IsNullOrWhiteSpace(options.Value.SamplesDirectory))
        {
            locations.Insert(0, BotConfiguration.ResolvePath(options.Value.SamplesDirectory));
        }

        return locations;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var locations = Locations();
        if (locations.Count == 0)
        {
            LogNoSources(logger);
            status.NothingToIngest();
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                var report = await ingestion.IngestAsync(locations, progress: null, stoppingToken);
                LogRun(logger, locations.Count, report);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                status.RecordFailure(ex);
                LogRunFailed(logger, ex);
            }
        }
        while (await timer.NextTickOrStopAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Sources} sources: {Report}")]
    private static partial void LogRun(ILogger logger, int sources, IngestionReport report);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingestion run failed; trying again at the next poll")]
    private static partial void LogRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "No sources configured (Ingestion:Sources); nothing to poll")]
    private static partial void LogNoSources(ILogger logger);
}
