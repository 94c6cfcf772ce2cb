namespace BriefingBot.Core.Briefings;

/// <summary>What a briefing should cover: stories first seen since <see cref="Since"/>, optionally about a topic.</summary>
public sealed record BriefingRequest(DateTimeOffset Since, string? Topic = null, int MaxItems = BriefingRequest.DefaultMaxItems)
{
    public const int DefaultMaxItems = 8;
}
