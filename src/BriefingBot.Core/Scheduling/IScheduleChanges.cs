namespace BriefingBot.Core.Scheduling;

/// <summary>Tells the scheduler that configuration changed, so triggers follow at once.</summary>
public interface IScheduleChanges
{
    Task SubscriptionChangedAsync(long subscriptionId, CancellationToken cancellationToken);

    Task FeedChangedAsync(long feedId, CancellationToken cancellationToken);
}
