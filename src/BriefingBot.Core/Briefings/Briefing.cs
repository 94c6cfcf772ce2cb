using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Briefings;

/// <summary>A composed briefing: one item per story, most important first.</summary>
public sealed record Briefing(DateTimeOffset Since, DateTimeOffset ComposedAt, string? Topic, IReadOnlyList<StoryDigest> Items)
{
    /// <summary>Stories that were briefed before and appear again because new outlets reported them: story id to those outlets.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<string>> Updates { get; init; } = new Dictionary<long, IReadOnlyList<string>>();

    /// <summary>The topics the briefing was filtered by (empty: all stories).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public bool IsEmpty => Items.Count == 0;

    public bool IsUpdate(StoryDigest story) => story is not null && Updates.ContainsKey(story.StoryId);
}
