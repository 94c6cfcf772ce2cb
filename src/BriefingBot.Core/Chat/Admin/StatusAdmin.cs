using BriefingBot.Core.Delivery;
using BriefingBot.Core.Scheduling;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Chat.Admin;

/// <summary><c>/briefing status</c>: the server's feeds and their health, this channel's next and last briefing, and any failure.</summary>
public sealed class StatusAdmin(ISubscriptionStore store, IDeliveryLedger ledger, FeedAdmin feeds, TimeProvider time)
{
    public async Task<Reply> HandleAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = new List<ReplyField>();
        var subscription = await store.GetSubscriptionAsync(request.Channel, cancellationToken);
        if (StoredSchedule.TryRead(subscription, out var schedule, out var zone))
        {
            fields.Add(new ReplyField("Schedule", $"{schedule.Text} ({zone.Id}){(subscription.Paused ? " — paused" : string.Empty)}"));
            if (!subscription.Paused && schedule.Next(time.GetUtcNow(), zone) is { } next)
            {
                fields.Add(new ReplyField("Next briefing", AdminReplies.Local(next, zone)));
            }

            var last = await ledger.GetLastCompletedAsync(subscription.Id, cancellationToken);
            fields.Add(new ReplyField("Last briefing", last is null
                ? "none yet"
                : $"{AdminReplies.Local(last.Slot, zone)} — {(last.State == DeliveryState.Empty ? "nothing new, not posted" : "posted")}"));
        }
        else
        {
            fields.Add(new ReplyField("Schedule", "none — /briefing schedule set daily 08:00"));
        }

        if (subscription?.DeliveryProblem is { } problem)
        {
            fields.Add(new ReplyField("Delivery problem", $"{problem} — briefings here are not getting through; check the bot's access to this channel."));
        }
        else if (subscription is not null && await ledger.GetLastFailureAsync(subscription.Id, cancellationToken) is { } failure)
        {
            fields.Add(new ReplyField("Last failure", $"{AdminReplies.Utc(failure.UpdatedAt)}: {failure.Detail}"));
        }

        fields.Add(new ReplyField("Topics", subscription is null || subscription.Topics.Count == 0 ? "all stories" : string.Join(", ", subscription.Topics)));
        var registered = await store.ListFeedsAsync(request.Server, cancellationToken);
        foreach (var feed in registered)
        {
            fields.Add(new ReplyField($"Feed: {feed.DisplayName}", await feeds.DescribeAsync(feed, cancellationToken)));
        }

        if (registered.Count == 0)
        {
            fields.Add(new ReplyField("Feeds", "none added from chat — /briefing feeds add <url>"));
        }

        var flagged = registered.Count(f => !f.Enabled) + (subscription?.DeliveryProblem is null ? 0 : 1);
        return AdminReplies.Done(flagged == 0 ? "Briefing status: all well." : $"Briefing status: {flagged} {(flagged == 1 ? "problem needs" : "problems need")} attention.", fields);
    }
}
