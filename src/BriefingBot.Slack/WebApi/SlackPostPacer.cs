namespace BriefingBot.Slack.WebApi;

/// <summary>
/// About one message per second per channel, as Slack asks, with a short burst allowed, kept as a generic cell
/// rate algorithm (a theoretical arrival time per channel). Posts to one channel go one at a time, in order (a
/// long briefing's parts must not overtake each other), and each is counted from Slack's answer, because Slack may
/// have received it as late as that: counting from the send would let queueing delays squeeze later messages
/// inside Slack's second. Channels never wait for each other. A 429 pushes the channel's next turn past the
/// <c>Retry-After</c>.
/// </summary>
public sealed class SlackPostPacer(TimeProvider time, int burst)
{
    /// <summary>A hair over Slack's second, so timer and clock rounding never land two messages inside it.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.01);

    private readonly Dictionary<string, ChannelState> channels = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Waits until the channel is free and its pace allows a message; dispose the turn once Slack has answered.</summary>
    public async Task<IDisposable> TakeTurnAsync(string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ChannelState state;
        lock (gate)
        {
            state = State(channel, time.GetUtcNow());
            state.Users++;
        }

        var entered = false;
        try
        {
            await state.InFlight.WaitAsync(cancellationToken);
            entered = true;
            var wait = Reserve(channel);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            return new Turn(this, channel, state);
        }
        catch
        {
            Leave(state, entered);
            throw;
        }
    }

    /// <summary>How long a message to the channel must wait before it is sent; the turn is taken either way.</summary>
    public TimeSpan Reserve(string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var now = time.GetUtcNow();
        lock (gate)
        {
            var state = State(channel, now);
            var theoretical = Max(state.Arrival, now);
            var allowedAt = theoretical - (Interval * (burst - 1));
            var wait = allowedAt > now ? allowedAt - now : TimeSpan.Zero;
            state.Arrival = Max(theoretical, now + wait) + Interval;
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
            var state = State(channel, now);
            state.Arrival = Max(state.Arrival, now + Interval);
        }
    }

    /// <summary>Slack said wait: no message goes to the channel before <paramref name="until"/>.</summary>
    public void Block(string channel, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(channel);
        lock (gate)
        {
            var state = State(channel, time.GetUtcNow());
            state.Arrival = Max(state.Arrival, until + (Interval * (burst - 1)));
        }
    }

    private void Leave(ChannelState state, bool entered)
    {
        if (entered)
        {
            state.InFlight.Release();
        }

        lock (gate)
        {
            state.Users--;
        }
    }

    private ChannelState State(string channel, DateTimeOffset now)
    {
        if (channels.TryGetValue(channel, out var state))
        {
            return state;
        }

        if (channels.Count > 50_000)
        {
            // A channel nobody is posting to and whose pace has run out has nothing to remember.
            foreach (var (key, idle) in channels.Where(c => c.Value.Users == 0 && c.Value.Arrival <= now).ToList())
            {
                channels.Remove(key);
                idle.InFlight.Dispose();
            }
        }

        state = new ChannelState { Arrival = now };
        channels[channel] = state;
        return state;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class ChannelState
    {
        public SemaphoreSlim InFlight { get; } = new(1, 1);

        public DateTimeOffset Arrival { get; set; }

        public int Users { get; set; }
    }

    private sealed class Turn(SlackPostPacer pacer, string channel, ChannelState state) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                pacer.Answered(channel);
                pacer.Leave(state, entered: true);
            }
        }
    }
}
