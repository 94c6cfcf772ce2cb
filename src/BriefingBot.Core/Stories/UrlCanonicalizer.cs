namespace BriefingBot.Core.Stories;

/// <summary>
/// One spelling per article URL: lower-case scheme and host, no "www.", default port, fragment, tracking
/// parameters or trailing slash, and the remaining query parameters sorted.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "fbclid", "gclid", "igshid", "ocid", "cmpid", "ref", "smid"];

    /// <summary>The canonical URL, or null when <paramref name="url"/> is not an absolute http(s) URL.</summary>
    public static string? Canonicalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var path = uri.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path.TrimEnd('/');
        }

        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port;
        var queryPart = query.Count == 0 ? string.Empty : "?" + string.Join('&', query);
        return $"https://{host}{port}{path}{queryPart}";
    }
}
