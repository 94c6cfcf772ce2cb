using System.Collections.Concurrent;
using System.Globalization;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// Composes each distinct briefing once: channels due at the same slot whose windows and topics agree get the
/// same briefing, so 10,000 channels on one morning schedule cost a handful of compositions, not 10,000.
/// Entries live a few minutes; a composition that failed is forgotten at once so a retry composes anew.
/// </summary>
public sealed class SharedCompositions(BriefingComposer composer, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long lastPruneTicks;

    public async Task<Briefing> ComposeAsync(BriefingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        Prune(now);
        var key = Key(request);
        var entry = entries.GetOrAdd(key, _ => new Entry(now, new Lazy<Task<Briefing>>(() => composer.ComposeAsync(request, CancellationToken.None))));
        try
        {
            return await entry.Briefing.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Briefing.Value.IsFaulted)
        {
            entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    private static string Key(BriefingRequest request) =>
        string.Join(
            '\u001f',
            request.Since.UtcTicks.ToString(CultureInfo.InvariantCulture),
            (request.Until?.UtcTicks ?? -1).ToString(CultureInfo.InvariantCulture),
            request.MaxItems.ToString(CultureInfo.InvariantCulture),
            request.IncludeUpdates ? "u" : "-",
            string.Join('\u001e', request.AllTopics.Select(t => t.Trim().ToLowerInvariant()).Order(StringComparer.Ordinal)));

    private void Prune(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref lastPruneTicks);
        if (Math.Abs(now.UtcTicks - last) < PruneEvery.Ticks || Interlocked.CompareExchange(ref lastPruneTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (key, entry) in entries)
        {
            if (now - entry.At > Lifetime || now < entry.At)
            {
                entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed record Entry(DateTimeOffset At, Lazy<Task<Briefing>> Briefing);
}
