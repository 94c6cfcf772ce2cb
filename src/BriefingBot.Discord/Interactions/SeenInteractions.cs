using System.Collections.Concurrent;

namespace BriefingBot.Discord.Interactions;

/// <summary>Interaction ids seen within the clock-skew window: the same signed request twice is a replay.</summary>
public sealed class SeenInteractions(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private long lastPruneTicks;

    /// <summary>True the first time an id is offered; false for a repeat.</summary>
    public bool TryAdd(string id)
    {
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref lastPruneTicks);
        if (now.UtcTicks - last > TimeSpan.TicksPerMinute && Interlocked.CompareExchange(ref lastPruneTicks, now.UtcTicks, last) == last)
        {
            foreach (var (key, at) in seen)
            {
                if (now - at > Window)
                {
                    seen.TryRemove(key, out _);
                }
            }
        }

        return seen.TryAdd(id, now);
    }
}
