namespace BriefingBot.Ingestion.Pipeline;

/// <summary>Progress through one location: items handled so far, and the total when it is known in advance.</summary>
public sealed record IngestionProgress(string Location, int Processed, int? Total);
