using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;

namespace BriefingBot.Core.Scheduling;

/// <summary>
/// When a briefing is posted, read from what an admin types: <c>daily 08:00</c>, <c>weekdays 07:30</c>,
/// <c>weekends 09:00</c>, <c>hourly</c>, <c>every 4h</c>, <c>every 30m</c>, or a five-field cron expression
/// (minute hour day-of-month month day-of-week). Occurrences are computed in the subscription's time zone by
/// Cronos, so a daily 08:00 stays 08:00 local across daylight-saving changes and fires once on the changeover day.
/// </summary>
public sealed partial class BriefingSchedule
{
    private readonly CronExpression cron;

    private BriefingSchedule(string text, string cronText, CronExpression cron)
    {
        Text = text;
        CronText = cronText;
        this.cron = cron;
    }

    /// <summary>The schedule as it should be shown and stored ("daily 08:00").</summary>
    public string Text { get; }

    /// <summary>The equivalent cron expression.</summary>
    public string CronText { get; }

    public static bool TryParse(string? input, out BriefingSchedule? schedule, out string error)
    {
        schedule = null;
        error = string.Empty;
        var text = Regex.Replace(input ?? string.Empty, @"\s+", " ").Trim();
        if (text.Length == 0)
        {
            error = "Give a schedule: daily 08:00, weekdays 07:30, every 4h, or a cron expression such as 0 8 * * 1-5.";
            return false;
        }

        var lower = text.ToLowerInvariant();
        string cronText;
        var match = DayTime().Match(lower);
        if (match.Success)
        {
            if (!TryReadTime(match.Groups["time"].Value, out var hour, out var minute, out error))
            {
                return false;
            }

            var days = match.Groups["days"].Value switch
            {
                "weekdays" => "1-5",
                "weekends" => "0,6",
                _ => "*",
            };
            cronText = string.Create(CultureInfo.InvariantCulture, $"{minute} {hour} * * {days}");
            text = string.Create(CultureInfo.InvariantCulture, $"{match.Groups["days"].Value} {hour:00}:{minute:00}");
        }
        else if (lower is "hourly")
        {
            cronText = "0 * * * *";
        }
        else if (Every().Match(lower) is { Success: true } every)
        {
            if (!TryReadEvery(every, out cronText, out text, out error))
            {
                return false;
            }
        }
        else if (lower.StartsWith("daily", StringComparison.Ordinal) || lower.StartsWith("weekdays", StringComparison.Ordinal)
            || lower.StartsWith("weekends", StringComparison.Ordinal) || lower.StartsWith("every", StringComparison.Ordinal))
        {
            error = $"I can't read \"{text}\": write it like daily 08:00, weekdays 07:30, weekends 09:00 or every 4h.";
            return false;
        }
        else
        {
            if (!TryReadCron(text, out error))
            {
                return false;
            }

            cronText = text;
        }

        schedule = new BriefingSchedule(text, cronText, CronExpression.Parse(cronText, CronFormat.Standard));
        return true;
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset? Next(DateTimeOffset after, TimeZoneInfo zone) => cron.GetNextOccurrence(after, zone, inclusive: false);

    /// <summary>The last occurrence at or before <paramref name="atOrBefore"/>.</summary>
    public DateTimeOffset? Previous(DateTimeOffset atOrBefore, TimeZoneInfo zone) => cron.GetPreviousOccurrence(atOrBefore, zone, inclusive: true);

    /// <summary>Occurrences in (<paramref name="after"/>, <paramref name="until"/>].</summary>
    public IEnumerable<DateTimeOffset> Between(DateTimeOffset after, DateTimeOffset until, TimeZoneInfo zone) =>
        cron.GetOccurrences(after, until, zone, fromInclusive: false, toInclusive: true);

    /// <summary>The shortest gap between consecutive occurrences over the next eight days (a week and a changeover).</summary>
    public TimeSpan ShortestGap(DateTimeOffset from, TimeZoneInfo zone)
    {
        var shortest = TimeSpan.MaxValue;
        DateTimeOffset? previous = null;
        var count = 0;
        foreach (var occurrence in cron.GetOccurrences(from, from.AddDays(8), zone))
        {
            if (previous is { } p && occurrence - p < shortest)
            {
                shortest = occurrence - p;
            }

            previous = occurrence;
            if (++count > 12_000)
            {
                break; // more often than every minute for a day: already as short as it gets
            }
        }

        return shortest;
    }

    public override string ToString() => Text;

    private static bool TryReadTime(string value, out int hour, out int minute, out string error)
    {
        hour = minute = 0;
        error = string.Empty;
        var parts = value.Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minute)
            && parts[1].Length == 2 && hour is >= 0 and <= 23 && minute is >= 0 and <= 59)
        {
            return true;
        }

        error = $"\"{value}\" is not a time of day: use 24-hour HH:MM, from 00:00 to 23:59.";
        return false;
    }

    private static bool TryReadEvery(Match every, out string cronText, out string text, out string error)
    {
        cronText = string.Empty;
        error = string.Empty;
        var amount = int.Parse(every.Groups["n"].Value, CultureInfo.InvariantCulture);
        var hours = every.Groups["unit"].Value.StartsWith('h');
        text = string.Create(CultureInfo.InvariantCulture, $"every {amount}{(hours ? "h" : "m")}");
        if (hours && amount is 1 or 2 or 3 or 4 or 6 or 8 or 12 or 24)
        {
            cronText = amount == 24 ? "0 0 * * *" : string.Create(CultureInfo.InvariantCulture, $"0 */{amount} * * *");
            return true;
        }

        if (!hours && amount is 1 or 2 or 3 or 4 or 5 or 6 or 10 or 12 or 15 or 20 or 30 or 60)
        {
            cronText = amount == 60 ? "0 * * * *" : string.Create(CultureInfo.InvariantCulture, $"*/{amount} * * * *");
            return true;
        }

        error = hours
            ? $"\"{text}\": the hours must divide the day evenly (1, 2, 3, 4, 6, 8, 12 or 24); for other patterns use a cron expression."
            : $"\"{text}\": the minutes must divide the hour evenly (5, 10, 15, 20 or 30); for other patterns use a cron expression.";
        return false;
    }

    private static bool TryReadCron(string text, out string error)
    {
        error = string.Empty;
        var fields = text.Split(' ');
        if (fields.Length != 5)
        {
            error = $"\"{text}\" is not a schedule I know. Use daily 08:00, weekdays 07:30, every 4h, or a cron expression of 5 fields " +
                $"(minute hour day-of-month month day-of-week), such as 30 7 * * 1-5; this has {fields.Length}.";
            return false;
        }

        string[] names = ["minute", "hour", "day-of-month", "month", "day-of-week"];
        try
        {
            CronExpression.Parse(text, CronFormat.Standard);
            return true;
        }
        catch (CronFormatException ex)
        {
            // Name the field: parse the expression with one field at a time replaced by "*".
            for (var i = 0; i < fields.Length; i++)
            {
                var probe = (string[])fields.Clone();
                for (var j = 0; j < probe.Length; j++)
                {
                    if (j != i)
                    {
                        probe[j] = "*";
                    }
                }

                if (!CronExpression.TryParse(string.Join(' ', probe), CronFormat.Standard, out _))
                {
                    error = $"The {names[i]} field \"{fields[i]}\" of \"{text}\" is not valid: {CronReason(ex)}.";
                    return false;
                }
            }

            error = $"\"{text}\" is not a valid cron expression: {CronReason(ex)}.";
            return false;
        }
    }

    // Cronos says "The given cron expression has an invalid format. Minutes: Value must be…"; keep the part after the field name.
    private static string CronReason(CronFormatException ex)
    {
        var message = ex.Message.Replace("The given cron expression has an invalid format.", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('.');
        return message.Length == 0 ? "not a valid value" : message;
    }

    [GeneratedRegex(@"^(?<days>daily|weekdays|weekends)( at)? (?<time>\S+)$")]
    private static partial Regex DayTime();

    [GeneratedRegex(@"^every (?<n>\d{1,4}) ?(?<unit>h|hr|hrs|hour|hours|m|min|mins|minute|minutes)$")]
    private static partial Regex Every();
}
