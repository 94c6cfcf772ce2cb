using System.Globalization;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>Names of the Quartz jobs and triggers: one job per subscription and per feed.</summary>
internal static class JobKeys
{
    public const string BriefingGroup = "briefings";
    public const string FeedGroup = "feeds";
    public const string SyncGroup = "sync";
    public const string SubscriptionIdKey = "subscriptionId";
    public const string FeedIdKey = "feedId";
    public const string SlotKey = "slot";

    /// <summary>Trigger data: "next" triggers schedule the following slot when they fire; "once" triggers (catch-up, retry) do not.</summary>
    public const string KindKey = "kind";

    public static JobKey Briefing(long subscriptionId) => new(subscriptionId.ToString(CultureInfo.InvariantCulture), BriefingGroup);

    public static TriggerKey NextSlot(long subscriptionId) => new($"{subscriptionId}.next", BriefingGroup);

    /// <summary>The subscription a "next" trigger is for; null for any other trigger.</summary>
    public static long? NextSlotSubscription(TriggerKey key) =>
        key.Group == BriefingGroup && key.Name.EndsWith(".next", StringComparison.Ordinal)
            && long.TryParse(key.Name.AsSpan(0, key.Name.Length - ".next".Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>The feed a feed job polls; null for any other job.</summary>
    public static long? FeedOf(JobKey key) =>
        key.Group == FeedGroup && long.TryParse(key.Name, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static JobKey Sync { get; } = new("store", SyncGroup);

    public static TriggerKey OneSlot(long subscriptionId, DateTimeOffset slot, string purpose) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{subscriptionId}.{purpose}.{slot.ToUnixTimeSeconds()}"), BriefingGroup);

    public static JobKey Feed(long feedId) => new(feedId.ToString(CultureInfo.InvariantCulture), FeedGroup);

    public static TriggerKey FeedPoll(long feedId) => new($"{feedId}.poll", FeedGroup);

    public static long ReadLong(JobDataMap data, string key) =>
        data.TryGetValue(key, out var value) && long.TryParse(value as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidOperationException($"The job data has no number under '{key}'.");

    public static string? ReadString(JobDataMap data, string key) => data.TryGetValue(key, out var value) ? value as string : null;
}
