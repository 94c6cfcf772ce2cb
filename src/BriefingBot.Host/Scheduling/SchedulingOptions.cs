using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Host.Scheduling;

/// <summary>The <c>Scheduling</c> section: how many briefing and polling jobs run at once.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Jobs Quartz runs concurrently; composing is mostly store reads, so a few per core keeps the CPU busy.</summary>
    [Range(1, 256, ErrorMessage = "Scheduling:MaxConcurrency must be between 1 and 256.")]
    public int MaxConcurrency { get; set; } = Math.Max(4, Environment.ProcessorCount * 4);
}
