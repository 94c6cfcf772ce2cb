using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace BriefingBot.Ingestion.Fetching;

/// <summary>
/// The one typed HttpClient for feeds and pages: conditional GET, gzip/deflate/brotli, a size cap on the
/// decompressed body, a time limit on the whole fetch, bounded redirects and the SSRF guard (in the
/// primary handler's connect step). Failures come back as <see cref="FetchException"/> with a plain reason.
/// </summary>
public sealed class FeedHttpClient(HttpClient client, IOptions<IngestionOptions> options)
{
    private readonly HttpFetchOptions settings = options.Value.Http;

    public async Task<FetchResult> FetchAsync(Uri uri, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.Scheme is not ("http" or "https"))
        {
            throw new FetchException($"{uri} is not an http(s) URL");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout * (settings.MaxRetries + 1));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (lastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var finalUri = response.RequestMessage?.RequestUri ?? uri;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(finalUri, true, [], null, null, etag, lastModified) { MaxAge = response.Headers.CacheControl?.MaxAge };
            }

            if ((int)response.StatusCode is >= 300 and < 400)
            {
                throw new FetchException($"{uri} redirected more than {settings.MaxRedirects} times (a redirect loop?)");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException($"{uri} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var body = await ReadCappedAsync(response.Content, uri, timeout.Token);
            return new FetchResult(
                finalUri,
                false,
                body,
                response.Content.Headers.ContentType?.MediaType,
                response.Content.Headers.ContentType?.CharSet,
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"))
            {
                MaxAge = response.Headers.CacheControl?.MaxAge,
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"{uri} did not answer within {settings.Timeout.TotalSeconds:0.#} s");
        }
        catch (TimeoutRejectedException ex)
        {
            throw new FetchException($"{uri} did not answer within {settings.Timeout.TotalSeconds:0.#} s", ex);
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refusal)
        {
            throw new FetchException($"refused to fetch {uri}: {refusal.Message} (see Ingestion:Http:AllowLoopback / AllowPrivateNetworks)", refusal);
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException($"could not fetch {uri}: {ex.Message}", ex);
        }
    }

    internal static AddressRefusedException? FindRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, Uri uri, CancellationToken cancellationToken)
    {
        var max = settings.MaxResponseBytes;
        if (content.Headers.ContentLength is long declared && declared > max)
        {
            throw new FetchException($"{uri} is too large: {declared:N0} bytes (limit {max:N0}, Ingestion:Http:MaxResponseBytes)");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new FetchException($"{uri} is too large: more than {max:N0} bytes (Ingestion:Http:MaxResponseBytes)");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The primary handler: decompression, bounded redirects and the guarded connect step.</summary>
    internal static SocketsHttpHandler CreateHandler(HttpFetchOptions settings) => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = settings.MaxRedirects > 0,
        MaxAutomaticRedirections = Math.Max(1, settings.MaxRedirects),
        ConnectTimeout = settings.Timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = (context, ct) => GuardedConnector.ConnectAsync(context, settings, ct),
    };

    internal static void Configure(HttpClient client, HttpFetchOptions settings)
    {
        client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline and FetchAsync own time limits
        client.DefaultRequestHeaders.UserAgent.ParseAdd(settings.UserAgent);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/rss+xml"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/atom+xml"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/feed+json"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml", 0.9));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html", 0.8));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.5));
    }
}
