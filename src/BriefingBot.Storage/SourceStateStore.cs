using BriefingBot.Core.Stories;
using Dapper;

namespace BriefingBot.Storage;

/// <summary>Remembers each source's validators and health in the <c>sources</c> table.</summary>
public sealed class SourceStateStore(StoreDatabase database) : ISourceStateStore
{
    private const string Columns =
        "location AS Location, name AS Name, etag AS ETag, last_modified AS LastModified, last_attempt_at AS LastAttemptAt, " +
        "last_success_at AS LastSuccessAt, last_error AS LastError, consecutive_failures AS ConsecutiveFailures, refresh_hint_seconds AS RefreshHintSeconds";

    public async Task<ArticleSource?> GetSourceAsync(string location, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sources WHERE location = @location", new { location }, cancellationToken: cancellationToken));
        return row?.ToSource();
    }

    public async Task SaveSourceAsync(ArticleSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sources (location, name, etag, last_modified, last_attempt_at, last_success_at, last_error, consecutive_failures, refresh_hint_seconds)
            VALUES (@Location, @Name, @ETag, @LastModified, @LastAttemptAt, @LastSuccessAt, @LastError, @ConsecutiveFailures, @RefreshHintSeconds)
            ON CONFLICT (location) DO UPDATE SET
                name = excluded.name, etag = excluded.etag, last_modified = excluded.last_modified,
                last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at,
                last_error = excluded.last_error, consecutive_failures = excluded.consecutive_failures,
                refresh_hint_seconds = excluded.refresh_hint_seconds
            """,
            new
            {
                source.Location,
                source.Name,
                source.ETag,
                source.LastModified,
                LastAttemptAt = StoredTime.Write(source.LastAttemptAt),
                LastSuccessAt = StoredTime.Write(source.LastSuccessAt),
                source.LastError,
                source.ConsecutiveFailures,
                RefreshHintSeconds = source.RefreshHint is { } hint ? (long?)hint.TotalSeconds : null,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ArticleSource>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SourceRow>(new CommandDefinition(
            $"SELECT {Columns} FROM sources ORDER BY location", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToSource()).ToList();
    }

    public async Task RecordItemsAsync(string location, DateTimeOffset at, int added, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Rows older than a week answer no question anyone asks; they go as new ones come.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM source_items WHERE location = @location AND at < @cutoff;
            INSERT INTO source_items (location, at, added) VALUES (@location, @at, @added);
            """,
            new { location, at = StoredTime.Write(at), cutoff = StoredTime.Write(at.AddDays(-7)), added },
            cancellationToken: cancellationToken));
    }

    public async Task<int> CountItemsSinceAsync(string location, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(SUM(added), 0) FROM source_items WHERE location = @location AND at >= @since",
            new { location, since = StoredTime.Write(since) },
            cancellationToken: cancellationToken));
    }

    private sealed class SourceRow
    {
        public string Location { get; set; } = string.Empty;

        public string? Name { get; set; }

        public string? ETag { get; set; }

        public string? LastModified { get; set; }

        public string? LastAttemptAt { get; set; }

        public string? LastSuccessAt { get; set; }

        public string? LastError { get; set; }

        public long ConsecutiveFailures { get; set; }

        public long? RefreshHintSeconds { get; set; }

        public ArticleSource ToSource() => new()
        {
            Location = Location,
            Name = Name,
            ETag = ETag,
            LastModified = LastModified,
            LastAttemptAt = StoredTime.ReadNullable(LastAttemptAt),
            LastSuccessAt = StoredTime.ReadNullable(LastSuccessAt),
            LastError = LastError,
            ConsecutiveFailures = (int)ConsecutiveFailures,
            RefreshHint = RefreshHintSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
    }
}
