using System.Runtime.CompilerServices;
using BriefingBot.Core.Stories;
using BriefingBot.Ingestion.Extraction;
using BriefingBot.Ingestion.Fetching;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingestion.Pipeline;

/// <summary>
/// Reads one location — a URL, a file or a folder — into article drafts. Feeds, article pages, text and
/// Markdown files and <c>.jsonl</c> records are recognized by content first and extension second.
/// Every failure becomes an <see cref="IngestionIssue"/>; nothing here throws for bad input.
/// </summary>
public sealed class SourceReader(FeedHttpClient http, ISourceStateStore state, IOptions<IngestionOptions> options, TimeProvider time)
{
    private static readonly HashSet<string> Supported = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".atom", ".json", ".jsonl", ".ndjson",
    };

    /// <summary>Files in a folder that can be read, in a stable order.</summary>
    public static IReadOnlyList<string> ExpandDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => Supported.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public async IAsyncEnumerable<SourceItem> ReadAsync(string location, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            await foreach (var item in ReadUrlAsync(uri, location, cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        var path = uri is { IsFile: true } ? uri.LocalPath : location;
        if (Directory.Exists(path))
        {
            foreach (var file in ExpandDirectory(path))
            {
                await foreach (var item in ReadFileAsync(file, cancellationToken))
                {
                    yield return item;
                }
            }
        }
        else if (File.Exists(path))
        {
            await foreach (var item in ReadFileAsync(path, cancellationToken))
            {
                yield return item;
            }
        }
        else
        {
            yield return SourceItem.Failed(location, $"{location}: no such file, folder or http(s) URL");
        }
    }

    private async IAsyncEnumerable<SourceItem> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        var extension = info.Extension.ToLowerInvariant();
        if (info.Length == 0)
        {
            yield return SourceItem.Failed(path, $"{path} is empty (0 bytes)");
            yield break;
        }

        if (extension is ".jsonl" or ".ndjson")
        {
            await using var stream = File.OpenRead(path);
            await foreach (var item in JsonlArticleReader.ReadAsync(stream, path, cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        var limit = options.Value.Http.MaxResponseBytes;
        if (info.Length > limit)
        {
            yield return SourceItem.Failed(path, $"{path} is too large: {info.Length:N0} bytes (limit {limit:N0})");
            yield break;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        foreach (var item in ReadContent(bytes, null, extension, new Uri(Path.GetFullPath(path)), path, null, out _))
        {
            yield return item;
        }
    }

    private async IAsyncEnumerable<SourceItem> ReadUrlAsync(Uri uri, string location, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var previous = await state.GetSourceAsync(location, cancellationToken) ?? new ArticleSource { Location = location };
        var attempt = previous with { LastAttemptAt = time.GetUtcNow() };
        FetchResult? result = null;
        string? error = null;
        try
        {
            result = await http.FetchAsync(uri, previous.ETag, previous.LastModified, cancellationToken);
        }
        catch (FetchException ex)
        {
            error = ex.Message;
        }

        if (result is null)
        {
            await state.SaveSourceAsync(attempt with { LastError = error, ConsecutiveFailures = previous.ConsecutiveFailures + 1 }, cancellationToken);
            yield return SourceItem.Failed(location, error!);
            yield break;
        }

        TimeSpan? ttl = null;
        var items = result.NotModified
            ? []
            : ReadContent(result.Body, result.Charset, Path.GetExtension(result.FinalUri.AbsolutePath).ToLowerInvariant(), result.FinalUri, location, result.MediaType, out ttl);
        var firstIssue = items.FirstOrDefault(i => i.Issue is not null)?.Issue;
        var succeeded = items.Any(i => i.Draft is not null) || firstIssue is null;
        await state.SaveSourceAsync(
            attempt with
            {
                ETag = result.ETag,
                LastModified = result.LastModified,
                LastSuccessAt = succeeded ? attempt.LastAttemptAt : previous.LastSuccessAt,
                LastError = succeeded ? null : firstIssue!.Message,
                ConsecutiveFailures = succeeded ? 0 : previous.ConsecutiveFailures + 1,
                RefreshHint = Longer(ttl, result.MaxAge) ?? (result.NotModified ? previous.RefreshHint : null),
            },
            cancellationToken);
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static TimeSpan? Longer(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static List<SourceItem> ReadContent(byte[] bytes, string? charset, string extension, Uri address, string location, string? mediaType, out TimeSpan? ttl)
    {
        ttl = null;
        if (bytes.Length == 0)
        {
            return [SourceItem.Failed(location, $"{location} is empty (0 bytes)")];
        }

        try
        {
            if (FeedParser.IsFeed(bytes) || extension is ".rss" or ".atom" || mediaType is "application/rss+xml" or "application/atom+xml" or "application/feed+json")
            {
                var feed = FeedParser.ParseFeed(bytes, location);
                var drafts = feed.Drafts;
                ttl = feed.TimeToLive;
                return drafts.Count == 0
                    ? [SourceItem.Failed(location, $"{location} is a feed with no items that have text")]
                    : drafts.Select(SourceItem.Article).ToList();
            }

            if (extension is ".jsonl" or ".ndjson" || mediaType is "application/x-ndjson" or "application/jsonl")
            {
                var text = TextDecoder.Decode(bytes, charset);
                return text.Split('\n').Select((line, i) => (line, i)).Where(l => !string.IsNullOrWhiteSpace(l.line))
                    .Select(l => JsonlArticleReader.Parse(l.line, location, l.i + 1)).ToList();
            }

            var decoded = TextDecoder.Decode(bytes, charset);
            if (extension is ".txt" or ".md" or ".markdown" || mediaType is "text/plain" or "text/markdown")
            {
                return [SourceItem.Article(PlainTextArticleReader.Read(decoded, location))];
            }

            if (extension is ".html" or ".htm" || mediaType is "text/html" or "application/xhtml+xml" || decoded.TrimStart().StartsWith('<'))
            {
                return [SourceItem.Article(HtmlArticleExtractor.Extract(decoded, address))];
            }

            return [SourceItem.Failed(location, $"{location}: unsupported content ({mediaType ?? extension}); expected a feed, an HTML page, text, Markdown or JSONL")];
        }
        catch (ExtractionException ex)
        {
            return [SourceItem.Failed(location, ex.Message)];
        }
    }
}
