namespace BriefingBot.Core.Stories;

/// <summary>What the store did with an article offered to it.</summary>
public enum AddOutcome
{
    /// <summary>Stored as a new article and a new story.</summary>
    Added,

    /// <summary>Stored and linked to the story of a copy or near-duplicate already present (the same wire story elsewhere).</summary>
    LinkedNearDuplicate,

    /// <summary>Stored and joined to the story of other articles reporting the same event (another outlet's report).</summary>
    JoinedEvent,

    /// <summary>Already stored (same id or canonical URL; without either, the same normalized text): nothing changed.</summary>
    Duplicate,
}
