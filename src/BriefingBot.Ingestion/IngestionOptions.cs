using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Ingestion;

/// <summary>The <c>Ingestion</c> configuration section.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Feeds, pages, files or folders to ingest on every poll.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>The bundled offline samples, ingested when the bot runs without platform credentials.</summary>
    public string SamplesDirectory { get; set; } = "config/samples";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Ingestion:PollInterval must be between 1 minute and 1 day.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Articles analyzed and written per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 256;

    [Required]
    public HttpFetchOptions Http { get; set; } = new();

    [Required]
    public Polling.FeedPollingOptions Polling { get; set; } = new();
}
