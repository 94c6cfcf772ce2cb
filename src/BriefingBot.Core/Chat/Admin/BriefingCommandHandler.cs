namespace BriefingBot.Core.Chat.Admin;

/// <summary>
/// <c>/briefing …</c>: admin-only configuration of this channel's briefings — feeds, schedule, topics, status.
/// Every change is written to the audit log; non-admins get a private refusal.
/// </summary>
public sealed class BriefingCommandHandler(FeedAdmin feeds, ScheduleAdmin schedule, TopicAdmin topics, StatusAdmin status) : ICommandHandler
{
    public const string Usage =
        "/briefing feeds add <url> [name] | feeds remove <url|name> | feeds enable <url|name> | feeds list\n" +
        "/briefing schedule set <daily 08:00 | weekdays 07:30 | every 4h | cron> [time zone] | schedule show | pause | resume\n" +
        "/briefing topics add <topic>[, <topic>…] | topics remove <topic> | topics list\n" +
        "/briefing status";

    public string Name => "briefing";

    public string Help => "/briefing feeds|schedule|topics|pause|resume|status — set up this channel's briefings (admins)";

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.Context.IsAdmin)
        {
            return AdminReplies.Refused("Only server admins can change briefings (Discord: Manage Server or Administrator; Slack: workspace admins or the configured admin list).");
        }

        var (group, rest) = AdminRequest.SplitFirst(command.Text);
        var (verb, arguments) = AdminRequest.SplitFirst(rest);
        group = group.ToLowerInvariant();
        var request = new AdminRequest(verb.ToLowerInvariant(), arguments, command.Context);
        return group switch
        {
            "feeds" or "feed" => await feeds.HandleAsync(request, cancellationToken),
            "schedule" => await schedule.HandleAsync(request, cancellationToken),
            "pause" or "resume" => await schedule.HandleAsync(request with { Verb = group, Arguments = rest }, cancellationToken),
            "topics" or "topic" => await topics.HandleAsync(request, cancellationToken),
            "status" => await status.HandleAsync(request, cancellationToken),
            "" or "help" => AdminReplies.Done(Usage),
            _ => AdminReplies.Refused($"Unknown /briefing command \"{AdminRequest.Shorten(group, 32)}\".\n{Usage}"),
        };
    }
}
