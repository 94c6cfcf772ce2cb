using BriefingBot.Core.Delivery;
using Dapper;

namespace BriefingBot.Storage;

/// <summary>The delivery ledger on SQLite: the primary key (subscription, slot) admits one row per slot.</summary>
public sealed class DeliveryLedger(StoreDatabase database) : IDeliveryLedger
{
    private const string Columns =
        "subscription_id AS SubscriptionId, slot AS Slot, state AS State, window_start AS WindowStart, window_end AS WindowEnd, " +
        "attempts AS Attempts, message_id AS MessageId, detail AS Detail, updated_at AS UpdatedAt";

    public Task<DeliveryRecord?> GetAsync(long subscriptionId, DateTimeOffset slot, CancellationToken cancellationToken) =>
        QueryOneAsync("subscription_id = @subscriptionId AND slot = @slot", new { subscriptionId, slot = StoredTime.Write(slot) }, cancellationToken);

    public async Task<bool> TryBeginAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO deliveries (subscription_id, slot, state, window_start, window_end, attempts, message_id, detail, updated_at)
            VALUES (@SubscriptionId, @Slot, @State, @WindowStart, @WindowEnd, @Attempts, @MessageId, @Detail, @UpdatedAt)
            ON CONFLICT (subscription_id, slot) DO NOTHING
            """,
            Parameters(record),
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task UpdateAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE deliveries SET state = @State, attempts = @Attempts, message_id = @MessageId, detail = @Detail, updated_at = @UpdatedAt
            WHERE subscription_id = @SubscriptionId AND slot = @Slot
            """,
            Parameters(record),
            cancellationToken: cancellationToken));
        if (changed != 1)
        {
            throw new InvalidOperationException($"The ledger has no row for briefing {record.SubscriptionId} slot {record.Slot:o}.");
        }
    }

    public async Task<bool> TryStartAttemptAsync(DeliveryRecord attempt, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE deliveries SET attempts = @Attempts, updated_at = @UpdatedAt
            WHERE subscription_id = @SubscriptionId AND slot = @Slot AND state = 'Pending' AND attempts = @Attempts - 1
              AND (attempts = 0 OR updated_at <= @staleBefore)
            """,
            new
            {
                attempt.SubscriptionId,
                Slot = StoredTime.Write(attempt.Slot),
                attempt.Attempts,
                UpdatedAt = StoredTime.Write(attempt.UpdatedAt),
                staleBefore = StoredTime.Write(staleBefore),
            },
            cancellationToken: cancellationToken)) == 1;
    }

    public Task<DeliveryRecord?> GetLastCompletedAsync(long subscriptionId, CancellationToken cancellationToken) =>
        QueryOneAsync("subscription_id = @subscriptionId AND state IN ('Delivered', 'Empty') ORDER BY slot DESC LIMIT 1", new { subscriptionId }, cancellationToken);

    public Task<DeliveryRecord?> GetLatestAsync(long subscriptionId, CancellationToken cancellationToken) =>
        QueryOneAsync("subscription_id = @subscriptionId ORDER BY slot DESC LIMIT 1", new { subscriptionId }, cancellationToken);

    public Task<DeliveryRecord?> GetLastFailureAsync(long subscriptionId, CancellationToken cancellationToken) =>
        QueryOneAsync("subscription_id = @subscriptionId AND state = 'Failed' ORDER BY slot DESC LIMIT 1", new { subscriptionId }, cancellationToken);

    public async Task<IReadOnlyList<DeliveryRecord>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM deliveries WHERE state = 'Pending' ORDER BY slot", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToList();
    }

    private async Task<DeliveryRecord?> QueryOneAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM deliveries WHERE {where}", parameters, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    private static object Parameters(DeliveryRecord record) => new
    {
        record.SubscriptionId,
        Slot = StoredTime.Write(record.Slot),
        State = record.State.ToString(),
        WindowStart = StoredTime.Write(record.WindowStart),
        WindowEnd = StoredTime.Write(record.WindowEnd),
        record.Attempts,
        record.MessageId,
        record.Detail,
        UpdatedAt = StoredTime.Write(record.UpdatedAt),
    };

    private sealed class Row
    {
        public long SubscriptionId { get; set; }

        public string Slot { get; set; } = string.Empty;

        public string State { get; set; } = string.Empty;

        public string WindowStart { get; set; } = string.Empty;

        public string WindowEnd { get; set; } = string.Empty;

        public long Attempts { get; set; }

        public string? MessageId { get; set; }

        public string? Detail { get; set; }

        public string UpdatedAt { get; set; } = string.Empty;

        public DeliveryRecord ToRecord() => new()
        {
            SubscriptionId = SubscriptionId,
            Slot = StoredTime.Read(Slot),
            State = Enum.Parse<DeliveryState>(State),
            WindowStart = StoredTime.Read(WindowStart),
            WindowEnd = StoredTime.Read(WindowEnd),
            Attempts = (int)Attempts,
            MessageId = MessageId,
            Detail = Detail,
            UpdatedAt = StoredTime.Read(UpdatedAt),
        };
    }
}
