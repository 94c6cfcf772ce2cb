namespace BriefingBot.Core.Delivery;

/// <summary>Where one scheduled slot stands in the delivery ledger.</summary>
public enum DeliveryState
{
    /// <summary>Composed and maybe being posted; after a crash the platform is asked before posting again.</summary>
    Pending,

    /// <summary>The platform took the post.</summary>
    Delivered,

    /// <summary>Nothing new and the channel does not want a "no news" line: nothing posted, the window still advances.</summary>
    Empty,

    /// <summary>Not posted on purpose: missed by more than the grace period, or the subscription was paused.</summary>
    Skipped,

    /// <summary>The platform refused for good (the bot cannot post there); the subscription is flagged.</summary>
    Failed,
}
