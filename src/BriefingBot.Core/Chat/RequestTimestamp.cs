using System.Globalization;

namespace BriefingBot.Core.Chat;

/// <summary>The freshness check both platforms' signed requests share: a Unix-seconds header within the allowed skew of now.</summary>
public static class RequestTimestamp
{
    /// <summary>Null when the timestamp is a Unix time within <paramref name="maxSkew"/> of now (either way); otherwise why not.</summary>
    public static string? Check(string? timestamp, string headerName, DateTimeOffset now, TimeSpan maxSkew)
    {
        if (string.IsNullOrEmpty(timestamp) || timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return $"{headerName} is not a Unix time";
        }

        return (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > maxSkew
            ? $"{headerName} is too far from now (a replayed or delayed request)"
            : null;
    }
}
