namespace BriefingBot.Core.Delivery;

/// <summary>What one call to deliver a slot did.</summary>
public enum DeliveryOutcome
{
    Delivered,

    /// <summary>A post from an earlier attempt was found on the platform and recorded; nothing posted again.</summary>
    Recovered,

    /// <summary>The ledger already had a final state for the slot.</summary>
    AlreadyDone,

    Empty,

    Skipped,

    /// <summary>A transient failure; the slot stays pending and should be tried again.</summary>
    Retry,

    Failed,
}
