using BriefingBot.Core.Chat;

namespace BriefingBot.Discord.Interactions;

/// <summary>Interaction ids seen within fifteen minutes (beyond the clock-skew window): the same signed request twice is a replay.</summary>
public sealed class InteractionIds(TimeProvider time)
{
    public RecentIds Ids { get; } = new(time, TimeSpan.FromMinutes(15));
}
