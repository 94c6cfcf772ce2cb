namespace BriefingBot.Core.Subscriptions;

/// <summary>Fetches a feed once to check that it is one, before an admin's <c>feeds add</c> is accepted.</summary>
public interface IFeedProbe
{
    Task<FeedProbeResult> ProbeAsync(Uri url, CancellationToken cancellationToken);
}
