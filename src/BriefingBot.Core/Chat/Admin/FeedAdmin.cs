using BriefingBot.Core.Briefings;
using BriefingBot.Core.Scheduling;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat.Admin;

/// <summary><c>/briefing feeds add|remove|enable|list</c>: the feeds a server polls.</summary>
public sealed class FeedAdmin(
    ISubscriptionStore store,
    ISourceStateStore sources,
    IFeedProbe probe,
    IScheduleChanges changes,
    AdminAudit audit,
    IOptions<BriefingOptions> options,
    TimeProvider time)
{
    private const int MaxNameLength = 100;
    private const int MaxUrlLength = 2000;

    public Task<Reply> HandleAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Verb switch
        {
            "add" => AddAsync(request, cancellationToken),
            "remove" or "delete" => RemoveAsync(request, cancellationToken),
            "enable" => EnableAsync(request, cancellationToken),
            "list" or "" => ListAsync(request, cancellationToken),
            _ => Task.FromResult(AdminReplies.Refused($"Unknown feeds command \"{AdminRequest.Shorten(request.Verb, 32)}\": use feeds add <url> [name], feeds remove <url|name>, feeds enable <url|name> or feeds list.")),
        };
    }

    private async Task<Reply> AddAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        var (url, typedName) = AdminRequest.SplitFirst(request.Arguments);
        var name = typedName.Trim('"', '\'', ' ');
        if (url.Length == 0)
        {
            return AdminReplies.Refused("Which feed? For example: /briefing feeds add https://example.com/rss.xml Example News");
        }

        if (url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            return AdminReplies.Refused($"\"{AdminRequest.Shorten(url)}\" is not a feed URL: give an http(s) address such as https://example.com/rss.xml.");
        }

        if (name.Length > MaxNameLength)
        {
            return AdminReplies.Refused($"That name is too long: at most {MaxNameLength} characters.");
        }

        var existing = await store.ListFeedsAsync(request.Server, cancellationToken);
        var same = existing.FirstOrDefault(f => string.Equals(f.Url, uri.AbsoluteUri, StringComparison.Ordinal));
        if (same is { Enabled: true })
        {
            return AdminReplies.Done($"{same.DisplayName} is already polled for this server.");
        }

        var limit = options.Value.MaxFeedsPerServer;
        if (same is null && existing.Count >= limit)
        {
            return AdminReplies.Refused($"This server already has {existing.Count} feeds, the most allowed (Briefings:MaxFeedsPerServer = {limit}). Remove one first.");
        }

        var found = await probe.ProbeAsync(uri, cancellationToken);
        if (!found.IsFeed)
        {
            return AdminReplies.Refused($"Not added: {found.Problem}");
        }

        var now = time.GetUtcNow();
        var feed = await store.SaveFeedAsync(
            new FeedRegistration
            {
                Server = request.Server,
                Url = uri.AbsoluteUri,
                Name = name.Length > 0 ? name : found.Title,
                AddedBy = request.Context.UserId,
                AddedAt = now,
                NextPollAt = now,
            },
            cancellationToken);
        await audit.RecordAsync(request, "feeds add", feed.Url, cancellationToken);
        await changes.FeedChangedAsync(feed.Id, cancellationToken);
        return AdminReplies.Done($"Added {feed.DisplayName} ({feed.Url}): a feed with {found.Items} items. It is polled from now on.");
    }

    private Task<Reply> RemoveAsync(AdminRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(request, "feeds remove", async feed =>
        {
            await store.RemoveFeedAsync(feed.Id, cancellationToken);
            return $"Removed {feed.DisplayName}. Stories already stored stay.";
        }, cancellationToken);

    private Task<Reply> EnableAsync(AdminRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(request, "feeds enable", async feed =>
        {
            if (feed.Enabled)
            {
                return null;
            }

            if (await sources.GetSourceAsync(feed.Url, cancellationToken) is { } state)
            {
                await sources.SaveSourceAsync(state with { ConsecutiveFailures = 0 }, cancellationToken);
            }

            await store.SaveFeedAsync(feed with { Enabled = true, DisabledReason = null, NextPollAt = time.GetUtcNow() }, cancellationToken);
            return $"{feed.DisplayName} is polled again.";
        }, cancellationToken);

    /// <summary>Finds the named feed, applies the change (null: nothing to do), audits it and reschedules its polling.</summary>
    private async Task<Reply> ChangeAsync(AdminRequest request, string action, Func<FeedRegistration, Task<string?>> change, CancellationToken cancellationToken)
    {
        var feed = await FindAsync(request, cancellationToken);
        if (feed is null)
        {
            return NotFound(request);
        }

        var done = await change(feed);
        if (done is null)
        {
            return AdminReplies.Done($"{feed.DisplayName} is already being polled.");
        }

        await audit.RecordAsync(request, action, feed.Url, cancellationToken);
        await changes.FeedChangedAsync(feed.Id, cancellationToken);
        return AdminReplies.Done(done);
    }

    private async Task<Reply> ListAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        var feeds = await store.ListFeedsAsync(request.Server, cancellationToken);
        if (feeds.Count == 0)
        {
            return AdminReplies.Done("No feeds yet. Add one: /briefing feeds add https://example.com/rss.xml");
        }

        var fields = new List<ReplyField>();
        foreach (var feed in feeds)
        {
            fields.Add(new ReplyField(feed.DisplayName, await DescribeAsync(feed, cancellationToken)));
        }

        return AdminReplies.Done($"{feeds.Count} {(feeds.Count == 1 ? "feed" : "feeds")} for this server:", fields);
    }

    /// <summary>One line of health: state, last success, last error, items in the last day, next poll.</summary>
    public async Task<string> DescribeAsync(FeedRegistration feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var state = await sources.GetSourceAsync(feed.Url, cancellationToken);
        var items = await sources.CountItemsSinceAsync(feed.Url, time.GetUtcNow().AddDays(-1), cancellationToken);
        var status = feed.Enabled ? "polling" : $"DISABLED ({feed.DisabledReason ?? "by an admin"}); /briefing feeds enable to resume";
        var error = state?.LastError is { } e ? $" · last error: {AdminRequest.Shorten(e, 160)}" : string.Empty;
        var next = feed.Enabled && feed.NextPollAt is { } n ? $" · next poll {AdminReplies.Utc(n)}" : string.Empty;
        return $"{feed.Url} · {status} · last success {AdminReplies.Utc(state?.LastSuccessAt)} · {items} new in the last day{error}{next}";
    }

    private async Task<FeedRegistration?> FindAsync(AdminRequest request, CancellationToken cancellationToken)
    {
        var key = request.Arguments.Trim();
        if (key.Length == 0)
        {
            return null;
        }

        var feeds = await store.ListFeedsAsync(request.Server, cancellationToken);
        var absolute = Uri.TryCreate(key, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : key;
        return feeds.FirstOrDefault(f => string.Equals(f.Url, absolute, StringComparison.Ordinal))
            ?? feeds.FirstOrDefault(f => string.Equals(f.Name, key, StringComparison.OrdinalIgnoreCase));
    }

    private static Reply NotFound(AdminRequest request) =>
        request.Arguments.Trim().Length == 0
            ? AdminReplies.Refused("Which feed? Give its URL or name, as /briefing feeds list shows them.")
            : AdminReplies.Refused($"This server has no feed \"{AdminRequest.Shorten(request.Arguments.Trim())}\". /briefing feeds list shows them.");
}
