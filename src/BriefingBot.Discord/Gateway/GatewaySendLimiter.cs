namespace BriefingBot.Discord.Gateway;

/// <summary>At most 120 sends per 60 seconds on one connection: waits when the window is full.</summary>
public sealed class GatewaySendLimiter(TimeProvider time, int limit = 120, TimeSpan? window = null)
{
    private readonly TimeSpan span = window ?? TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly Lock gate = new();

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                while (sent.Count > 0 && now - sent.Peek() >= span)
                {
                    sent.Dequeue();
                }

                if (sent.Count < limit)
                {
                    sent.Enqueue(now);
                    return;
                }

                wait = sent.Peek() + span - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
