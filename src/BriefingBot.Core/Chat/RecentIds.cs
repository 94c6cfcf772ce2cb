using System.Collections.Concurrent;

namespace BriefingBot.Core.Chat;

/// <summary>
/// Ids seen within a window: a signed request, interaction or Socket Mode envelope offered twice is a replay or
/// a redelivery. Old ids are pruned at most once a minute, so memory follows the request rate, not uptime.
/// </summary>
public sealed class RecentIds(TimeProvider time, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private long lastPruneTicks;

    /// <summary>Ids remembered now (tests check pruning with it).</summary>
    public int Count => seen.Count;

    /// <summary>True the first time an id is offered within the window; false for a repeat.</summary>
    public bool TryAdd(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref lastPruneTicks);
        if (now.UtcTicks - last > TimeSpan.TicksPerMinute && Interlocked.CompareExchange(ref lastPruneTicks, now.UtcTicks, last) == last)
        {
            foreach (var (key, at) in seen)
            {
                if (now - at > window)
                {
                    seen.TryRemove(key, out _);
                }
            }
        }

        return seen.TryAdd(id, now);
    }
}
