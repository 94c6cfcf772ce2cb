using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Ingestion.Polling;

/// <summary>The <c>Ingestion:Polling</c> section: how often feeds added from chat are polled, and when one is given up on.</summary>
public sealed class FeedPollingOptions
{
    /// <summary>The interval when a feed gives no hint (<c>ttl</c>, <c>Cache-Control: max-age</c>).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A feed's hint is honoured within these bounds.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan MaximumInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Failures back off exponentially from the default interval up to this.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan MaximumBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>After this many failures in a row the feed is disabled and its server's channels are told.</summary>
    [Range(1, 1000)]
    public int DisableAfterFailures { get; set; } = 8;

    /// <summary>The interval after a success, honouring the feed's hint within the bounds.</summary>
    public TimeSpan AfterSuccess(TimeSpan? hint)
    {
        var wanted = hint ?? DefaultInterval;
        return wanted < MinimumInterval ? MinimumInterval : wanted > MaximumInterval ? MaximumInterval : wanted;
    }

    /// <summary>The wait after the n-th failure in a row: the default interval doubled per failure, capped.</summary>
    public TimeSpan AfterFailure(int consecutiveFailures)
    {
        var doublings = Math.Clamp(consecutiveFailures - 1, 0, 30);
        var wait = DefaultInterval.TotalSeconds * Math.Pow(2, doublings);
        return wait >= MaximumBackoff.TotalSeconds ? MaximumBackoff : TimeSpan.FromSeconds(wait);
    }
}
