namespace BriefingBot.Ingestion.Pipeline;

/// <summary>The outcome of an ingestion run.</summary>
public sealed class IngestionReport
{
    public int Added { get; set; }

    /// <summary>Stored, and joined to the story of a near-duplicate or of other reports of the same event.</summary>
    public int Linked { get; set; }

    /// <summary>Already stored: nothing changed.</summary>
    public int Duplicates { get; set; }

    public List<IngestionIssue> Issues { get; } = [];

    public int Failed => Issues.Count;

    public TimeSpan Elapsed { get; set; }

    public override string ToString() =>
        $"{Added} added, {Linked} linked to an existing story, {Duplicates} duplicates, {Failed} failed";
}
