using BriefingBot.Core.Briefings;
using BriefingBot.Core.Language;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat.Admin;

/// <summary><c>/briefing topics add|remove|list</c>: what this channel's briefing is about (nothing listed: everything).</summary>
public sealed class TopicAdmin(ISubscriptionStore store, AdminAudit audit, IOptions<BriefingOptions> options)
{
    private const int MaxTopicLength = 100;

    public Task<Reply> HandleAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Verb switch
        {
            "add" => AddAsync(request, cancellationToken),
            "remove" or "delete" => RemoveAsync(request, cancellationToken),
            "list" or "" => ListAsync(request, cancellationToken),
            _ => Task.FromResult(AdminReplies.Refused($"Unknown topics command \"{AdminRequest.Shorten(request.Verb, 32)}\": use topics add <topic>, topics remove <topic> or topics list.")),
        };
    }

    private async Task<Reply> AddAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        var wanted = Split(request.Arguments);
        if (wanted.Count == 0)
        {
            return AdminReplies.Refused("Which topic? For example: /briefing topics add Venezuela, transit fares");
        }

        if (wanted.FirstOrDefault(t => t.Length > MaxTopicLength) is { } tooLong)
        {
            return AdminReplies.Refused($"\"{AdminRequest.Shorten(tooLong, 40)}\" is too long for a topic: at most {MaxTopicLength} characters.");
        }

        if (wanted.FirstOrDefault(t => Tokenizer.Terms(t).Count == 0) is { } empty)
        {
            return AdminReplies.Refused($"\"{AdminRequest.Shorten(empty, 40)}\" has no words to search for; give a name or keyword.");
        }

        var subscription = await store.GetSubscriptionAsync(request.Channel, cancellationToken) ?? new Subscription { Channel = request.Channel };
        var topics = subscription.Topics.ToList();
        var added = wanted.Where(t => !topics.Contains(t, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var limit = options.Value.MaxTopicsPerChannel;
        if (topics.Count + added.Count > limit)
        {
            return AdminReplies.Refused($"A channel follows at most {limit} topics (Briefings:MaxTopicsPerChannel); this one has {topics.Count}.");
        }

        if (added.Count == 0)
        {
            return AdminReplies.Done("Already following " + string.Join(", ", wanted) + ".");
        }

        topics.AddRange(added);
        await store.SaveSubscriptionAsync(subscription with { Topics = topics }, cancellationToken);
        await audit.RecordAsync(request, "topics add", string.Join(", ", added), cancellationToken);
        return AdminReplies.Done($"Following: {string.Join(", ", topics)}.");
    }

    private async Task<Reply> RemoveAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        var subscription = await store.GetSubscriptionAsync(request.Channel, cancellationToken);
        var unwanted = Split(request.Arguments);
        var topics = subscription?.Topics.ToList() ?? [];
        var removed = topics.Where(t => unwanted.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        if (subscription is null || removed.Count == 0)
        {
            return AdminReplies.Refused($"This channel does not follow \"{AdminRequest.Shorten(request.Arguments.Trim(), 40)}\". /briefing topics list shows what it follows.");
        }

        topics.RemoveAll(removed.Contains);
        await store.SaveSubscriptionAsync(subscription with { Topics = topics }, cancellationToken);
        await audit.RecordAsync(request, "topics remove", string.Join(", ", removed), cancellationToken);
        return AdminReplies.Done(topics.Count == 0 ? "No topics left: briefings here cover every story." : $"Following: {string.Join(", ", topics)}.");
    }

    private async Task<Reply> ListAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        var subscription = await store.GetSubscriptionAsync(request.Channel, cancellationToken);
        return subscription is null || subscription.Topics.Count == 0
            ? AdminReplies.Done("No topics: briefings here cover every story. Narrow them: /briefing topics add Venezuela")
            : AdminReplies.Done($"Following: {string.Join(", ", subscription.Topics)}.");
    }

    private static List<string> Split(string text) =>
        text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Trim('"', '\''))
            .Where(t => t.Length > 0)
            .ToList();
}
