namespace BriefingBot.Ingestion.Fetching;

/// <summary>
/// A fetched response: the body (empty when not modified), its media type and charset, new validators, and how
/// long the server said the response stays fresh (<c>Cache-Control: max-age</c>), if it did.
/// </summary>
public sealed record FetchResult(Uri FinalUri, bool NotModified, byte[] Body, string? MediaType, string? Charset, string? ETag, string? LastModified)
{
    public TimeSpan? MaxAge { get; init; }
}
