namespace BriefingBot.Slack.WebApi;

/// <summary>
/// About one message per second per channel, as Slack asks, with a short burst allowed, kept as a generic cell
/// rate algorithm (a theoretical arrival time per channel). A turn is reserved before sending, so posts to one
/// channel queue in order and posts to different channels never wait for each other; when Slack has answered,
/// the turn is counted from the answer instead, because Slack may have received the message as late as that —
/// counting from the send would let queueing delays squeeze later messages inside Slack's window. A 429 pushes
/// the channel's next turn past the <c>Retry-After</c>.
/// </summary>
public sealed class SlackPostPacer(TimeProvider time, int burst)
{
    /// <summary>A hair over Slack's second, so timer and clock rounding never land two messages inside it.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.01);

    private readonly Dictionary<string, DateTimeOffset> arrivals = new(StringComparer.Ordinal);
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
            var theoretical = Theoretical(channel, now);
            var allowedAt = theoretical - (Interval * (burst - 1));
            var wait = allowedAt > now ? allowedAt - now : TimeSpan.Zero;
            arrivals[channel] = Max(theoretical, now + wait) + Interval;
            return wait;
        }
    }

    /// <summary>Slack answered a post to the channel just now: count that message from here at the latest.</summary>
    public void Answered(string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var now = time.GetUtcNow();
        lock (gate)
        {
            arrivals[channel] = Max(Theoretical(channel, now), now + Interval);
        }
    }

    /// <summary>Slack said wait: no message goes to the channel before <paramref name="until"/>.</summary>
    public void Block(string channel, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var now = time.GetUtcNow();
        lock (gate)
        {
            arrivals[channel] = Max(Theoretical(channel, now), until + (Interval * (burst - 1)));
        }
    }

    private DateTimeOffset Theoretical(string channel, DateTimeOffset now)
    {
        if (arrivals.TryGetValue(channel, out var at) && at > now)
        {
            return at;
        }

        if (arrivals.Count > 50_000)
        {
            // A channel whose theoretical arrival has passed has nothing to remember.
            foreach (var (key, value) in arrivals.ToList())
            {
                if (value <= now)
                {
                    arrivals.Remove(key);
                }
            }
        }

        return now;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
