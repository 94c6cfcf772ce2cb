namespace BriefingBot.Ingestion.Fetching;

/// <summary>A fetch failed for a reason worth showing to the user as it is.</summary>
public sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner);
