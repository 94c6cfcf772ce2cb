namespace BriefingBot.Core.Subscriptions;

/// <summary>What probing a feed found: its title and item count, or a plain reason it cannot be used.</summary>
public sealed record FeedProbeResult(bool IsFeed, string? Title, int Items, string? Problem)
{
    public static FeedProbeResult Feed(string? title, int items) => new(true, title, items, null);

    public static FeedProbeResult NotUsable(string problem) => new(false, null, 0, problem);
}
