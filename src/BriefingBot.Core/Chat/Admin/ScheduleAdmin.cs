using BriefingBot.Core.Briefings;
using BriefingBot.Core.Scheduling;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat.Admin;

/// <summary><c>/briefing schedule set|show</c>, <c>pause</c> and <c>resume</c>: when this channel's briefing is posted.</summary>
public sealed class ScheduleAdmin(
    ISubscriptionStore store,
    IScheduleChanges changes,
    AdminAudit audit,
    IOptions<BriefingOptions> options,
    TimeProvider time)
{
    private const int ShownSlots = 3;

    public Task<Reply> HandleAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Verb switch
        {
            "set" => SetAsync(request, cancellationToken),
            "show" or "" => ShowAsync(request, cancellationToken),
            "pause" => PauseAsync(request, paused: true, cancellationToken),
            "resume" => PauseAsync(request, paused: false, cancellationToken),
            _ => Task.FromResult(AdminReplies.Refused($"Unknown schedule command \"{AdminRequest.Shorten(request.Verb, 32)}\": use schedule set <when> [time zone], schedule show, pause or resume.")),
        };
    }

    /// <summary>Reads "daily 08:00 America/Caracas": the last word is a zone when what precedes it is a schedule.</summary>
    public static bool TryReadWhen(string text, string defaultZone, out BriefingSchedule? schedule, out TimeZoneInfo zone, out string error)
    {
        zone = TimeZoneInfo.Utc;
        var trimmed = text.Trim();
        var space = trimmed.LastIndexOf(' ');
        if (space > 0)
        {
            var last = trimmed[(space + 1)..];
            var head = trimmed[..space];
            if (LooksLikeZone(last) && BriefingSchedule.TryParse(head, out schedule, out _))
            {
                return TimeZoneNames.TryFind(last, out zone, out error);
            }
        }

        if (!BriefingSchedule.TryParse(trimmed, out schedule, out error))
        {
            return false;
        }

        return TimeZoneNames.TryFind(defaultZone, out zone, out error);
    }

    private async Task<Reply> SetAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!TryReadWhen(request.Arguments, settings.DefaultTimeZone, out var schedule, out var zone, out var error))
        {
            return AdminReplies.Refused(error);
        }

        var now = time.GetUtcNow();
        var gap = schedule!.ShortestGap(now, zone);
        if (gap < settings.MinimumInterval)
        {
            return AdminReplies.Refused($"\"{schedule.Text}\" would post every {Describe(gap)}; the shortest interval allowed is {Describe(settings.MinimumInterval)} (Briefings:MinimumInterval).");
        }

        var current = await store.GetSubscriptionAsync(request.Channel, cancellationToken) ?? new Subscription { Channel = request.Channel };
        var saved = await store.SaveSubscriptionAsync(current with { Schedule = schedule.Text, TimeZone = zone.Id, Paused = false, ScheduledFrom = now }, cancellationToken);
        await audit.RecordAsync(request, "schedule set", $"{schedule.Text} {zone.Id}", cancellationToken);
        await changes.SubscriptionChangedAsync(saved.Id, cancellationToken);
        return AdminReplies.Done($"Briefings here: {schedule.Text} ({zone.Id}).", NextFields(schedule, zone, now));
    }

    private async Task<Reply> ShowAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        var subscription = await store.GetSubscriptionAsync(request.Channel, cancellationToken);
        if (!StoredSchedule.TryRead(subscription, out var schedule, out var zone))
        {
            return AdminReplies.Done("No schedule here yet. Set one: /briefing schedule set daily 08:00 Europe/Berlin");
        }

        var state = subscription.Paused ? " — PAUSED: /briefing resume to restart" : string.Empty;
        return AdminReplies.Done($"Briefings here: {schedule.Text} ({zone.Id}){state}.", NextFields(schedule, zone, time.GetUtcNow()));
    }

    private async Task<Reply> PauseAsync(AdminRequest request, bool paused, CancellationToken cancellationToken)
    {
        var subscription = await store.GetSubscriptionAsync(request.Channel, cancellationToken);
        if (subscription is not { HasSchedule: true })
        {
            return AdminReplies.Refused("This channel has no schedule to pause or resume. Set one: /briefing schedule set daily 08:00");
        }

        if (subscription.Paused == paused)
        {
            return AdminReplies.Done(paused ? "Briefings here are already paused." : "Briefings here are already running.");
        }

        // Resuming starts afresh: slots that passed while paused are not owed.
        var saved = await store.SaveSubscriptionAsync(subscription with { Paused = paused, ScheduledFrom = paused ? subscription.ScheduledFrom : time.GetUtcNow() }, cancellationToken);
        await audit.RecordAsync(request, paused ? "pause" : "resume", subscription.Schedule!, cancellationToken);
        await changes.SubscriptionChangedAsync(saved.Id, cancellationToken);
        return AdminReplies.Done(paused ? "Briefings here are paused. /briefing resume restarts them." : "Briefings here are running again.");
    }

    private static List<ReplyField> NextFields(BriefingSchedule schedule, TimeZoneInfo zone, DateTimeOffset now) =>
        SubscriptionPlanner.NextSlots(schedule, zone, now, ShownSlots)
            .Select((slot, i) => new ReplyField(i == 0 ? "Next" : "Then", AdminReplies.Local(slot, zone)))
            .ToList();

    private static bool LooksLikeZone(string word) =>
        word.Contains('/', StringComparison.Ordinal) || word.All(c => char.IsAsciiLetter(c) || c == '_');

    private static string Describe(TimeSpan span) =>
        span.TotalHours >= 1 && span.Minutes == 0 ? $"{(int)span.TotalHours} h" : $"{(int)span.TotalMinutes} min";
}
