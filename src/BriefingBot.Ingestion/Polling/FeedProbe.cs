using System.Text.RegularExpressions;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Ingestion.Extraction;
using BriefingBot.Ingestion.Fetching;

namespace BriefingBot.Ingestion.Polling;

/// <summary>
/// Fetches a URL once through the guarded client and checks it is a feed with items. A web page that links its
/// feed (<c>&lt;link rel="alternate" type="application/rss+xml"&gt;</c>) gets that address suggested.
/// </summary>
public sealed partial class FeedProbe(FeedHttpClient http) : IFeedProbe
{
    public async Task<FeedProbeResult> ProbeAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        FetchResult result;
        try
        {
            result = await http.FetchAsync(url, null, null, cancellationToken);
        }
        catch (FetchException ex)
        {
            return FeedProbeResult.NotUsable(ex.Message);
        }

        if (result.Body.Length == 0)
        {
            return FeedProbeResult.NotUsable($"{url} answered with an empty body.");
        }

        if (!FeedParser.IsFeed(result.Body))
        {
            var text = TextDecoder.Decode(result.Body, result.Charset);
            var linked = LinkedFeed().Match(text);
            if (linked.Success && Uri.TryCreate(result.FinalUri, System.Net.WebUtility.HtmlDecode(linked.Groups["href"].Value), out var feedUrl))
            {
                return FeedProbeResult.NotUsable($"{url} is a web page, not a feed. It links its feed at {feedUrl.AbsoluteUri}; add that address.");
            }

            return FeedProbeResult.NotUsable($"{url} is not an RSS, Atom or JSON feed (it served {result.MediaType ?? "unlabelled content"}).");
        }

        try
        {
            var feed = FeedParser.ParseFeed(result.Body, url.AbsoluteUri);
            return FeedProbeResult.Feed(feed.Title, feed.Drafts.Count);
        }
        catch (ExtractionException ex)
        {
            return FeedProbeResult.NotUsable(ex.Message);
        }
    }

    [GeneratedRegex("""<link\b(?=[^>]*\brel\s*=\s*["']?alternate)(?=[^>]*\btype\s*=\s*["']?application/(?:rss|atom)\+xml)[^>]*\bhref\s*=\s*["'](?<href>[^"']+)["']""", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkedFeed();
}
