using BriefingBot.Core.Stories;

namespace BriefingBot.Ingestion.Pipeline;

/// <summary>What reading a source yields: an article draft, or a problem with one part of the source.</summary>
public sealed record SourceItem(ArticleDraft? Draft, IngestionIssue? Issue)
{
    public static SourceItem Article(ArticleDraft draft) => new(draft, null);

    public static SourceItem Failed(string location, string message, int? line = null) => new(null, new IngestionIssue(location, message, line));
}
