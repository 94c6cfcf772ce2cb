using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Briefings;

/// <summary>The <c>Briefings</c> configuration section: scheduled briefings and the limits on admin commands.</summary>
public sealed class BriefingOptions
{
    public const string SectionName = "Briefings";

    /// <summary>A slot missed while the bot was down is still posted on start within this long; later it is skipped and logged.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Briefings:GracePeriod must be between 0 and 7 days.")]
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromHours(2);

    [Range(1, 25, ErrorMessage = "Briefings:MaxItems must be between 1 and 25.")]
    public int MaxItems { get; set; } = BriefingRequest.DefaultMaxItems;

    /// <summary>Post a short "no news" line when nothing is new, instead of nothing.</summary>
    public bool PostWhenEmpty { get; set; }

    /// <summary>How far back a channel's first briefing looks.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Briefings:FirstLookback must be between 1 minute and 30 days.")]
    public TimeSpan FirstLookback { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The shortest time allowed between two briefings of one channel.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Briefings:MinimumInterval must be between 1 minute and 1 day.")]
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A transient posting failure is retried after this long, until the grace period runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Briefings:RetryDelay must be between 1 second and 1 hour.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 10_000, ErrorMessage = "Briefings:MaxFeedsPerServer must be between 1 and 10000.")]
    public int MaxFeedsPerServer { get; set; } = 50;

    [Range(1, 200, ErrorMessage = "Briefings:MaxTopicsPerChannel must be between 1 and 200.")]
    public int MaxTopicsPerChannel { get; set; } = 25;

    /// <summary>The zone a schedule is read in when the admin names none.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DefaultTimeZone { get; set; } = "UTC";
}
