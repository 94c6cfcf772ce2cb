namespace BriefingBot.Core.Stories;

/// <summary>A stored article whose relations are still to be read: its sentences, and whether it is a copy of stored text.</summary>
public sealed record ArticleToRead(string ArticleId, IReadOnlyList<string> Sentences, bool IsCopy);
