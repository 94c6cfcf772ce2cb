namespace BriefingBot.Ingestion.Pipeline;

/// <summary>Something in a source that could not be ingested, and why.</summary>
public sealed record IngestionIssue(string Location, string Message, int? Line = null)
{
    public override string ToString() => Line is null ? Message : $"{Location}:{Line}: {Message}";
}
