using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Host.Scheduling;

/// <summary>The <c>Scheduling</c> section: how many briefing and polling jobs run at once, and how often instances sharing a store re-read it.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Jobs Quartz runs concurrently; composing is mostly store reads, so a few per core keeps the CPU busy.</summary>
    [Range(1, 256, ErrorMessage = "Scheduling:MaxConcurrency must be between 1 and 256.")]
    public int MaxConcurrency { get; set; } = Math.Max(4, Environment.ProcessorCount * 4);

    /// <summary>
    /// On a shared store (PostgreSQL), how often each instance re-reads the subscriptions and feeds, so that a schedule
    /// set or a feed added on another instance is followed here too. A single SQLite instance never needs to.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Scheduling:SyncInterval must be between 00:00:05 and 01:00:00.")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMinutes(1);
}
