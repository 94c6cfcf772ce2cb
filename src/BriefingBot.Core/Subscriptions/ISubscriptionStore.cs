namespace BriefingBot.Core.Subscriptions;

/// <summary>The configuration store: channel subscriptions, feeds added from chat, and the audit log.</summary>
public interface ISubscriptionStore
{
    Task<Subscription?> GetSubscriptionAsync(ChannelAddress channel, CancellationToken cancellationToken);

    Task<Subscription?> GetSubscriptionAsync(long id, CancellationToken cancellationToken);

    /// <summary>Inserts or updates by channel; returns the saved subscription with its id.</summary>
    Task<Subscription> SaveSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken);

    /// <summary>
    /// Records why the channel's last briefing could not be posted (null: it was), changing nothing else, so an
    /// admin's change made while the briefing was being posted stands; false when the subscription is gone.
    /// </summary>
    Task<bool> SetDeliveryProblemAsync(long id, string? problem, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(ServerAddress server, CancellationToken cancellationToken);

    /// <summary>Inserts, or re-enables a feed the server already has under the same URL; returns it with its id.</summary>
    Task<FeedRegistration> SaveFeedAsync(FeedRegistration feed, CancellationToken cancellationToken);

    Task<FeedRegistration?> GetFeedAsync(long id, CancellationToken cancellationToken);

    Task<bool> RemoveFeedAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the feed's due poll for this instance: when the feed is enabled, its next poll is due at
    /// <paramref name="now"/> and no other claim holds, claims it until <paramref name="leaseUntil"/> (or until the
    /// feed is next saved) and returns true; otherwise (another instance sharing the store took it first, or it is not
    /// due) changes nothing and returns false.
    /// </summary>
    Task<bool> TryClaimFeedPollAsync(long id, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Ends this instance's poll of the feed: sets when to poll it next and releases the claim, touching nothing an
    /// admin may have changed while it ran. Returns false and changes nothing when the feed was removed or disabled
    /// meanwhile (the poll must not bring it back).
    /// </summary>
    Task<bool> CompleteFeedPollAsync(long id, DateTimeOffset nextPollAt, CancellationToken cancellationToken);

    /// <summary>
    /// Disables an enabled feed with the reason and releases any claim on it; false (nothing changed) when the feed
    /// is gone or already disabled.
    /// </summary>
    Task<bool> DisableFeedAsync(long id, string reason, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedRegistration>> ListFeedsAsync(ServerAddress server, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedRegistration>> ListFeedsAsync(CancellationToken cancellationToken);

    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(ServerAddress server, int limit, CancellationToken cancellationToken);
}
