namespace BriefingBot.Core.Stories;

/// <summary>A stance relation read from a stored article, with the stored sentence that states it.</summary>
public sealed record StoredRelation(string Party, bool Supports, string Target, SentenceHit Evidence);
