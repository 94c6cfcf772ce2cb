using System.Globalization;

namespace BriefingBot.Storage;

/// <summary>Times as fixed-width UTC text, so string order is time order.</summary>
internal static class StoredTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Write(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Write(DateTimeOffset? value) => value is { } v ? Write(v) : null;

    public static DateTimeOffset Read(string value) =>
        DateTimeOffset.ParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ReadNullable(string? value) => value is null ? null : Read(value);
}
