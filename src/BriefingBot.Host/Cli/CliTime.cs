using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingBot.Host.Cli;

/// <summary>Reads <c>--since</c>: an ISO date or time ("2026-11-26", "2026-11-26T08:00Z") or an age ("6h", "2d", "30m").</summary>
internal static partial class CliTime
{
    public static DateTimeOffset ParseSince(string value, DateTimeOffset now)
    {
        var age = Age().Match(value.Trim());
        if (age.Success)
        {
            var n = int.Parse(age.Groups[1].Value, CultureInfo.InvariantCulture);
            return age.Groups[2].Value.ToLowerInvariant() switch
            {
                "m" => now.AddMinutes(-n),
                "h" => now.AddHours(-n),
                "d" => now.AddDays(-n),
                _ => now.AddDays(-7 * n),
            };
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        throw new UsageException($"--since: '{value}' is neither a date/time (2026-11-26T08:00Z) nor an age (6h, 2d, 30m, 1w).");
    }

    [GeneratedRegex("^([0-9]{1,5})([mhdwMHDW])$")]
    private static partial Regex Age();
}
