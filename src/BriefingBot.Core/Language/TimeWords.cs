namespace BriefingBot.Core.Language;

/// <summary>Words that name a time, which the parser now and then takes for a title or a party ("Earlier Monday, …").</summary>
public static class TimeWords
{
    /// <summary>Days of the week and months.</summary>
    public static readonly IReadOnlySet<string> Calendar = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>The calendar's words and the parts and spans of a day ("afternoon", "week", "yesterday").</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        Calendar.Concat(["morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "today", "yesterday", "tomorrow"]),
        StringComparer.OrdinalIgnoreCase);
}
