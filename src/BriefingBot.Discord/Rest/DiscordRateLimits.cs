using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// What Discord's headers said about its limits: per route, the bucket it belongs to and when it has room again;
/// the global limit of 50 requests a second (paced here, not discovered by 429s); a global pause after a global
/// 429; and a count of refused requests (401/403/429) over ten minutes, the measure Cloudflare bans by.
/// </summary>
public sealed class DiscordRateLimits(TimeProvider time)
{
    public const int GlobalPerSecond = 50;

    // Requests reach Discord a little earlier or later than they leave: a second and a margin keeps the count
    // Discord sees within its second even when two sends bunch up in transit.
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromMilliseconds(1050);
    private static readonly TimeSpan InvalidWindow = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, string> bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly List<GlobalSlot> globalSends = [];
    private readonly Queue<DateTimeOffset> invalid = new();
    private readonly Lock gate = new();
    private DateTimeOffset globalPauseUntil;

    /// <summary>The clock the limits run on (the real one in the bot: limits are network time).</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    public int RefusedInWindow
    {
        get
        {
            lock (gate)
            {
                Trim(invalid, time.GetUtcNow() - InvalidWindow);
                return invalid.Count;
            }
        }
    }

    /// <summary>
    /// The bucket a route is in: Discord's bucket hash together with the route's major parameter (the channel,
    /// guild or webhook), since one hash is shared by every channel. A route is its own bucket until Discord names one.
    /// </summary>
    public Bucket For(string route) =>
        buckets.GetOrAdd(bucketOfRoute.TryGetValue(route, out var hash) ? hash + "|" + MajorParameter(route) : route, _ => new Bucket());

    /// <summary>
    /// Waits until the global limit allows one more request and counts it. The count holds from the send until
    /// <see cref="GlobalSlot.Done"/> moves it to when the answer came: Discord counted the request somewhere in
    /// between, and the later time is the safe one (connections opened at start-up can take a while to arrive).
    /// </summary>
    public async Task<GlobalSlot> WaitGlobalAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                globalSends.RemoveAll(slot => slot.At is { } at && at < now - GlobalWindow);
                if (now < globalPauseUntil)
                {
                    wait = globalPauseUntil - now;
                }
                else if (globalSends.Count < GlobalPerSecond)
                {
                    var slot = new GlobalSlot(this);
                    globalSends.Add(slot);
                    return slot;
                }
                else
                {
                    var oldest = globalSends.Where(s => s.At is not null).Select(s => s.At!.Value).DefaultIfEmpty(now).Min();
                    wait = oldest + GlobalWindow - now;
                }
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(5), time, cancellationToken);
        }
    }

    /// <summary>Learns from a response's headers: the route's bucket and when it has room again.</summary>
    public void Learn(string route, Bucket bucket, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(headers);
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash && bucketOfRoute.TryAdd(route, hash))
        {
            buckets.TryAdd(hash + "|" + MajorParameter(route), bucket); // the route's first bucket becomes the named one
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            bucket.Update(remaining, time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter));
        }
    }

    public void PauseGlobal(TimeSpan retryAfter)
    {
        lock (gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > globalPauseUntil)
            {
                globalPauseUntil = until;
            }
        }
    }

    public void CountRefused()
    {
        lock (gate)
        {
            invalid.Enqueue(time.GetUtcNow());
        }
    }

    private static string MajorParameter(string route)
    {
        var match = System.Text.RegularExpressions.Regex.Match(route, @"(channels|guilds)/(\d+)|webhooks/(\d+)/([^/?]+)");
        return match.Success ? match.Value : string.Empty;
    }

    private static void Trim(Queue<DateTimeOffset> queue, DateTimeOffset before)
    {
        while (queue.Count > 0 && queue.Peek() < before)
        {
            queue.Dequeue();
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>A request counted against the global limit: open until its answer arrives.</summary>
    public sealed class GlobalSlot(DiscordRateLimits owner)
    {
        public DateTimeOffset? At { get; private set; }

        public void Done()
        {
            lock (owner.gate)
            {
                At = owner.Now;
            }
        }
    }

    /// <summary>One rate-limit bucket: requests in it go one at a time, and wait when it is empty.</summary>
    public sealed class Bucket
    {
        private readonly Lock state = new();
        private int remaining = 1;
        private DateTimeOffset resetAt;

        public SemaphoreSlim Turn { get; } = new(1, 1);

        /// <summary>How long to wait before the next request may go.</summary>
        public TimeSpan WaitFor(DateTimeOffset now)
        {
            lock (state)
            {
                return remaining > 0 || now >= resetAt ? TimeSpan.Zero : resetAt - now;
            }
        }

        public void Update(int left, DateTimeOffset reset)
        {
            lock (state)
            {
                remaining = left;
                resetAt = reset;
            }
        }

        public void Exhaust(DateTimeOffset until) => Update(0, until);
    }
}
