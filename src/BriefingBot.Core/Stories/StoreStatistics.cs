namespace BriefingBot.Core.Stories;

/// <summary>Counts the health endpoint and status commands report.</summary>
public sealed record StoreStatistics(long Articles, long Stories, long Sentences, DateTimeOffset? LastIngestedAt);
