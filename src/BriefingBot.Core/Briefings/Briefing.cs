using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Briefings;

/// <summary>A composed briefing: one item per story, most important first.</summary>
public sealed record Briefing(DateTimeOffset Since, DateTimeOffset ComposedAt, string? Topic, IReadOnlyList<StoryDigest> Items)
{
    public bool IsEmpty => Items.Count == 0;
}
