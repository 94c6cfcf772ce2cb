namespace BriefingBot.Core.Scheduling;

/// <summary>IANA time-zone names ("America/Caracas") to zones, with a suggestion when a name is misspelled.</summary>
public static class TimeZoneNames
{
    private static readonly Lazy<string[]> Known = new(() =>
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").ToArray());

    public static bool TryFind(string? name, out TimeZoneInfo zone, out string error)
    {
        zone = TimeZoneInfo.Utc;
        error = string.Empty;
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Equals("UTC", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (trimmed.Length <= 64 && !trimmed.Equals("Local", StringComparison.OrdinalIgnoreCase)
            && TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out var found))
        {
            zone = found;
            return true;
        }

        var shown = trimmed.Length > 64 ? trimmed[..64] + "…" : trimmed;
        var suggestion = Suggest(trimmed);
        error = suggestion is null
            ? $"\"{shown}\" is not a time-zone name. Use an IANA name such as America/Caracas, Europe/Berlin or UTC."
            : $"\"{shown}\" is not a time-zone name. Did you mean {suggestion}?";
        return false;
    }

    private static string? Suggest(string name)
    {
        if (name.Length > 64)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var id in Known.Value)
        {
            var distance = Distance(name.ToLowerInvariant(), id.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (id, distance);
            }
        }

        return bestDistance <= Math.Max(2, name.Length / 5) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
