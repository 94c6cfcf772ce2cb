namespace BriefingBot.Ingestion.Pipeline;

/// <summary>The last ingestion run as the health endpoint reports it. Thread-safe.</summary>
public sealed class IngestionStatus(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly TaskCompletionSource firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Snapshot current = new(null, null, 0, 0, null);

    /// <summary>Completes once the first ingestion run has finished or failed, or the bot has nothing to ingest.</summary>
    public Task FirstRunCompleted => firstRun.Task;

    /// <summary>No sources are configured: there will be no first run to wait for.</summary>
    public void NothingToIngest() => firstRun.TrySetResult();

    public Snapshot Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    public void Record(IngestionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (gate)
        {
            current = new Snapshot(time.GetUtcNow(), report.ToString(), report.Added + report.Linked, report.Failed, report.Issues.LastOrDefault()?.ToString());
        }

        firstRun.TrySetResult();
    }

    public void RecordFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        lock (gate)
        {
            current = current with { LastRunAt = time.GetUtcNow(), LastError = exception.Message };
        }

        firstRun.TrySetResult();
    }

    public sealed record Snapshot(DateTimeOffset? LastRunAt, string? LastReport, int LastAdded, int LastFailed, string? LastError);
}
