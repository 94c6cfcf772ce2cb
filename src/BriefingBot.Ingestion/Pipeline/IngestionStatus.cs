namespace BriefingBot.Ingestion.Pipeline;

/// <summary>The last ingestion run as the health endpoint reports it. Thread-safe.</summary>
public sealed class IngestionStatus(TimeProvider time)
{
    private readonly Lock gate = new();
    private Snapshot current = new(null, null, 0, 0, null);

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
    }

    public void RecordFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        lock (gate)
        {
            current = current with { LastRunAt = time.GetUtcNow(), LastError = exception.Message };
        }
    }

    public sealed record Snapshot(DateTimeOffset? LastRunAt, string? LastReport, int LastAdded, int LastFailed, string? LastError);
}
