namespace BriefingBot.Ingestion.Fetching;

/// <summary>A fetched response: the body (empty when not modified), its media type and charset, and new validators.</summary>
public sealed record FetchResult(Uri FinalUri, bool NotModified, byte[] Body, string? MediaType, string? Charset, string? ETag, string? LastModified);
