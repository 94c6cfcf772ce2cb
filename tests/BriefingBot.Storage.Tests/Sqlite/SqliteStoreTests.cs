using BriefingBot.Storage.Sqlite;
using Dapper;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteStoryStoreTests() : StoryStoreTests(new TempDatabase());

public sealed class SqliteDeliveryLedgerTests() : DeliveryLedgerTests(new TempDatabase());

public sealed class SqliteSourceStateStoreTests() : SourceStateStoreTests(new TempDatabase());

public sealed class SqliteSubscriptionStoreTests() : SubscriptionStoreTests(new TempDatabase());

/// <summary>What only the SQLite file does: WAL mode, and its migrations applied once.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDatabase temp = new();

    public void Dispose() => temp.Dispose();

    private static int MigrationCount =>
        typeof(SqliteDatabase).Assembly.GetManifestResourceNames().Count(n => n.Contains(".Sqlite.Migrations.", StringComparison.Ordinal));

    [Fact]
    public async Task Database_IsInWalModeAndMigratesOnceAcrossReopens()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        var analyzer = new Core.Stories.ArticleAnalyzer(new Core.Summarization.ExtractiveSummarizer());
        await new StoryStore(temp.Database, time).AddAsync(
            [analyzer.Analyze(new Core.Stories.ArticleDraft { Text = "The harbour board approved a second ferry berth on Monday after a year of delays.", Url = "https://a.example/1" })],
            CancellationToken.None);
        var reopened = new StoryStore(temp.Reopen(), time);

        var stats = await reopened.GetStatisticsAsync(CancellationToken.None);
        await using var connection = await temp.Database.OpenSqliteAsync(CancellationToken.None);
        var mode = await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode");
        var migrations = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM SchemaVersions");

        Assert.Equal(1, stats.Articles);
        Assert.Equal("wal", mode);
        Assert.Equal(MigrationCount, migrations);
    }
}
