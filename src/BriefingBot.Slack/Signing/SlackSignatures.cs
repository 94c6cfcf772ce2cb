using BriefingBot.Core.Chat;

namespace BriefingBot.Slack.Signing;

/// <summary>Signatures of requests already answered, kept past the clock-skew window: the same signed request twice is a replay.</summary>
public sealed class SlackSignatures(TimeProvider time)
{
    public RecentIds Ids { get; } = new(time, TimeSpan.FromMinutes(11));
}
