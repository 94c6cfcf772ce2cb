using System.Text.Json;
using BriefingBot.Core.Subscriptions;
using Dapper;

namespace BriefingBot.Storage;

/// <summary>The configuration store on SQLite: subscriptions, feeds and the audit log.</summary>
public sealed class SubscriptionStore(StoreDatabase database) : ISubscriptionStore
{
    private const string SubscriptionColumns =
        "id AS Id, platform AS Platform, server_id AS ServerId, channel_id AS ChannelId, schedule AS Schedule, time_zone AS TimeZone, " +
        "paused AS Paused, topics AS Topics, scheduled_from AS ScheduledFrom, delivery_problem AS DeliveryProblem";

    private const string FeedColumns =
        "id AS Id, platform AS Platform, server_id AS ServerId, url AS Url, name AS Name, added_by AS AddedBy, added_at AS AddedAt, " +
        "enabled AS Enabled, disabled_reason AS DisabledReason, next_poll_at AS NextPollAt";

    public async Task<Subscription?> GetSubscriptionAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {SubscriptionColumns} FROM subscriptions WHERE platform = @Platform AND server_id = @ServerId AND channel_id = @ChannelId",
            channel,
            cancellationToken: cancellationToken));
        return row?.ToSubscription();
    }

    public async Task<Subscription?> GetSubscriptionAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {SubscriptionColumns} FROM subscriptions WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToSubscription();
    }

    public async Task<Subscription> SaveSubscriptionAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO subscriptions (platform, server_id, channel_id, schedule, time_zone, paused, topics, scheduled_from, delivery_problem)
            VALUES (@Platform, @ServerId, @ChannelId, @Schedule, @TimeZone, @Paused, @Topics, @ScheduledFrom, @DeliveryProblem)
            ON CONFLICT (platform, server_id, channel_id) DO UPDATE SET
                schedule = excluded.schedule, time_zone = excluded.time_zone, paused = excluded.paused, topics = excluded.topics,
                scheduled_from = excluded.scheduled_from, delivery_problem = excluded.delivery_problem
            RETURNING id
            """,
            new
            {
                subscription.Channel.Platform,
                subscription.Channel.ServerId,
                subscription.Channel.ChannelId,
                subscription.Schedule,
                subscription.TimeZone,
                subscription.Paused,
                Topics = JsonSerializer.Serialize(subscription.Topics),
                ScheduledFrom = StoredTime.Write(subscription.ScheduledFrom),
                subscription.DeliveryProblem,
            },
            cancellationToken: cancellationToken));
        return subscription with { Id = id };
    }

    public async Task<bool> SetDeliveryProblemAsync(long id, string? problem, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE subscriptions SET delivery_problem = @problem WHERE id = @id", new { id, problem }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {SubscriptionColumns} FROM subscriptions ORDER BY id", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task<IReadOnlyList<Subscription>> ListSubscriptionsAsync(ServerAddress server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            $"SELECT {SubscriptionColumns} FROM subscriptions WHERE platform = @Platform AND server_id = @ServerId ORDER BY id",
            server,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task<FeedRegistration> SaveFeedAsync(FeedRegistration feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO feeds (platform, server_id, url, name, added_by, added_at, enabled, disabled_reason, next_poll_at)
            VALUES (@Platform, @ServerId, @Url, @Name, @AddedBy, @AddedAt, @Enabled, @DisabledReason, @NextPollAt)
            ON CONFLICT (platform, server_id, url) DO UPDATE SET
                name = excluded.name, enabled = excluded.enabled, disabled_reason = excluded.disabled_reason, next_poll_at = excluded.next_poll_at,
                poll_claimed_until = NULL
            RETURNING id
            """,
            new
            {
                feed.Server.Platform,
                feed.Server.ServerId,
                feed.Url,
                feed.Name,
                feed.AddedBy,
                AddedAt = StoredTime.Write(feed.AddedAt),
                feed.Enabled,
                feed.DisabledReason,
                NextPollAt = StoredTime.Write(feed.NextPollAt),
            },
            cancellationToken: cancellationToken));
        return feed with { Id = id };
    }

    public async Task<FeedRegistration?> GetFeedAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedRow>(new CommandDefinition(
            $"SELECT {FeedColumns} FROM feeds WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToFeed();
    }

    public async Task<bool> RemoveFeedAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM feeds WHERE id = @id", new { id }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<bool> TryClaimFeedPollAsync(long id, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // One statement: of several instances updating at once, the database lets one see the poll due and unclaimed.
        // The claim lapses at leaseUntil, or when the feed is saved (after the poll).
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE feeds SET poll_claimed_until = @until
            WHERE id = @id AND enabled = @enabled AND (next_poll_at IS NULL OR next_poll_at <= @now) AND (poll_claimed_until IS NULL OR poll_claimed_until <= @now)
            """,
            new { id, enabled = true, now = StoredTime.Write(now), until = StoredTime.Write(leaseUntil) },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> CompleteFeedPollAsync(long id, DateTimeOffset nextPollAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE feeds SET next_poll_at = @next, poll_claimed_until = NULL WHERE id = @id AND enabled = @enabled",
            new { id, enabled = true, next = StoredTime.Write(nextPollAt) },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> DisableFeedAsync(long id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE feeds SET enabled = @disabled, disabled_reason = @reason, next_poll_at = NULL, poll_claimed_until = NULL
            WHERE id = @id AND enabled = @enabled
            """,
            new { id, enabled = true, disabled = false, reason },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<FeedRegistration>> ListFeedsAsync(ServerAddress server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FeedRow>(new CommandDefinition(
            $"SELECT {FeedColumns} FROM feeds WHERE platform = @Platform AND server_id = @ServerId ORDER BY id",
            server,
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToFeed()).ToList();
    }

    public async Task<IReadOnlyList<FeedRegistration>> ListFeedsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FeedRow>(new CommandDefinition(
            $"SELECT {FeedColumns} FROM feeds ORDER BY id", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToFeed()).ToList();
    }

    public async Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_log (at, platform, server_id, channel_id, user_id, action, detail)
            VALUES (@At, @Platform, @ServerId, @ChannelId, @UserId, @Action, @Detail)
            """,
            new
            {
                At = StoredTime.Write(entry.At),
                entry.Channel.Platform,
                entry.Channel.ServerId,
                entry.Channel.ChannelId,
                entry.UserId,
                entry.Action,
                entry.Detail,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(ServerAddress server, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string At, string ChannelId, string UserId, string Action, string Detail)>(new CommandDefinition(
            """
            SELECT at, channel_id, user_id, action, detail FROM audit_log
            WHERE platform = @Platform AND server_id = @ServerId ORDER BY id DESC LIMIT @limit
            """,
            new { server.Platform, server.ServerId, limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry(StoredTime.Read(r.At), new ChannelAddress(server.Platform, server.ServerId, r.ChannelId), r.UserId, r.Action, r.Detail)).ToList();
    }

    private sealed class SubscriptionRow
    {
        public long Id { get; set; }

        public string Platform { get; set; } = string.Empty;

        public string ServerId { get; set; } = string.Empty;

        public string ChannelId { get; set; } = string.Empty;

        public string? Schedule { get; set; }

        public string TimeZone { get; set; } = "UTC";

        public bool Paused { get; set; }

        public string Topics { get; set; } = "[]";

        public string ScheduledFrom { get; set; } = string.Empty;

        public string? DeliveryProblem { get; set; }

        public Subscription ToSubscription() => new()
        {
            Id = Id,
            Channel = new ChannelAddress(Platform, ServerId, ChannelId),
            Schedule = Schedule,
            TimeZone = TimeZone,
            Paused = Paused,
            Topics = JsonSerializer.Deserialize<List<string>>(Topics) ?? [],
            ScheduledFrom = StoredTime.Read(ScheduledFrom),
            DeliveryProblem = DeliveryProblem,
        };
    }

    private sealed class FeedRow
    {
        public long Id { get; set; }

        public string Platform { get; set; } = string.Empty;

        public string ServerId { get; set; } = string.Empty;

        public string Url { get; set; } = string.Empty;

        public string? Name { get; set; }

        public string AddedBy { get; set; } = string.Empty;

        public string AddedAt { get; set; } = string.Empty;

        public bool Enabled { get; set; }

        public string? DisabledReason { get; set; }

        public string? NextPollAt { get; set; }

        public FeedRegistration ToFeed() => new()
        {
            Id = Id,
            Server = new ServerAddress(Platform, ServerId),
            Url = Url,
            Name = Name,
            AddedBy = AddedBy,
            AddedAt = StoredTime.Read(AddedAt),
            Enabled = Enabled,
            DisabledReason = DisabledReason,
            NextPollAt = StoredTime.ReadNullable(NextPollAt),
        };
    }
}
