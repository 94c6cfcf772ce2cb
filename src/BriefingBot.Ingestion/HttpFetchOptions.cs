using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Ingestion;

/// <summary>The <c>Ingestion:Http</c> section: how feeds and pages are fetched.</summary>
public sealed class HttpFetchOptions
{
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Ingestion:Http:Timeout must be between 100 ms and 10 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest response body accepted, after decompression.</summary>
    [Range(1024, 1L << 31)]
    public long MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    [Range(1, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Allow fetching from 127.0.0.0/8 and ::1. Off by default: a feed URL must not reach the bot's own machine.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Allow private, link-local (cloud metadata) and other internal ranges. Off by default.</summary>
    public bool AllowPrivateNetworks { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string UserAgent { get; set; } = "BriefingBot/0.1 (+https://github.com/briefingbot)";
}
