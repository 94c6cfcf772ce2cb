using System.Globalization;

namespace BriefingBot.Core.Chat.Admin;

/// <summary>Replies to admin commands: shown only to the admin who typed them.</summary>
internal static class AdminReplies
{
    public static Reply Done(string text, IReadOnlyList<ReplyField>? fields = null) =>
        new() { Kind = ReplyKind.Notice, Text = text, Fields = fields ?? [], Ephemeral = true };

    public static Reply Refused(string text) => Reply.Error(text);

    /// <summary>"Mon 2026-11-30 08:00 (UTC-04:00)" in the given zone.</summary>
    public static string Local(DateTimeOffset time, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(time, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return string.Create(CultureInfo.InvariantCulture, $"{local:ddd yyyy-MM-dd HH:mm} (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    public static string Utc(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";
}
