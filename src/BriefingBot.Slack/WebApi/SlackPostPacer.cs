namespace BriefingBot.Slack.WebApi;

/// <summary>
/// About one message per second per channel, as Slack asks, with a short burst allowed: a token bucket per channel
/// that hands out reservations, so concurrent posts to one channel queue in order and posts to different channels
/// never wait for each other. A 429 for a channel pushes its next turn past the <c>Retry-After</c>.
/// </summary>
public sealed class SlackPostPacer(TimeProvider time, int burst)
{
    /// <summary>A little over a second between messages, so network jitter never lands two inside Slack's second.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.05);

    private readonly Dictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Waits for the channel's next turn.</summary>
    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var wait = Reserve(channel);
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>How long the caller must wait before sending; the turn is taken either way.</summary>
    public TimeSpan Reserve(string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var now = time.GetUtcNow();
        lock (gate)
        {
            var bucket = Refill(channel, now);
            bucket.Tokens -= 1;
            return bucket.Tokens >= 0 ? TimeSpan.Zero : Interval * -bucket.Tokens;
        }
    }

    /// <summary>Slack said wait: no message goes to the channel before <paramref name="until"/>.</summary>
    public void Block(string channel, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var now = time.GetUtcNow();
        lock (gate)
        {
            var bucket = Refill(channel, now);
            bucket.Tokens = Math.Min(bucket.Tokens, 1 - ((until - now) / Interval));
        }
    }

    private Bucket Refill(string channel, DateTimeOffset now)
    {
        if (!buckets.TryGetValue(channel, out var bucket))
        {
            if (buckets.Count > 50_000)
            {
                PruneIdle(now);
            }

            bucket = new Bucket { Tokens = burst, At = now };
            buckets[channel] = bucket;
            return bucket;
        }

        bucket.Tokens = Math.Min(burst, bucket.Tokens + ((now - bucket.At) / Interval));
        bucket.At = now;
        return bucket;
    }

    // A channel whose bucket would be full again has nothing to remember.
    private void PruneIdle(DateTimeOffset now)
    {
        foreach (var (channel, bucket) in buckets.ToList())
        {
            if (bucket.Tokens + ((now - bucket.At) / Interval) >= burst)
            {
                buckets.Remove(channel);
            }
        }
    }

    private sealed class Bucket
    {
        public double Tokens { get; set; }

        public DateTimeOffset At { get; set; }
    }
}
