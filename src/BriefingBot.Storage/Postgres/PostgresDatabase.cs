using System.Data.Common;
using System.Reflection;
using DbUp;
using Npgsql;

namespace BriefingBot.Storage.Postgres;

/// <summary>
/// A PostgreSQL database shared by any number of instances. Its schema is brought up to date with DbUp before the
/// first connection is handed out, under an advisory lock, so instances that start together migrate once; a failed
/// migration (the server not up yet) is tried again on the next connection rather than remembered.
/// </summary>
public sealed class PostgresDatabase : StoreDatabase, IAsyncDisposable, IDisposable
{
    // pg_advisory_lock key for migrations: "BrBotMig" as eight ASCII bytes.
    private const long MigrationLock = 0x4272426F744D6967;

    private readonly string connectionString;
    private readonly NpgsqlDataSource dataSource;
    private readonly SemaphoreSlim migrationGate = new(1, 1);
    private volatile bool migrated;

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        this.connectionString = connectionString;
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The database's name, for messages (the connection string may hold a password and is never shown).</summary>
    public string DatabaseName => new NpgsqlConnectionStringBuilder(connectionString).Database ?? "(default)";

    internal override StoreDialect Dialect => PostgresDialect.Instance;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await dataSource.OpenConnectionAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        migrationGate.Dispose();
    }

    public void Dispose()
    {
        dataSource.Dispose();
        migrationGate.Dispose();
    }

    private async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (migrated)
        {
            return;
        }

        await migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (!migrated)
            {
                await MigrateAsync(cancellationToken);
                migrated = true;
            }
        }
        finally
        {
            migrationGate.Release();
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLock})", connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // DbUp blocks; it gets a thread of its own rather than one of the pool's, once per process.
            var result = await Task.Factory.StartNew(
                () => DeployChanges.To
                    .PostgresqlDatabase(connectionString)
                    .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.Contains(".Postgres.Migrations.", StringComparison.Ordinal))
                    .WithTransactionPerScript()
                    .LogToNowhere()
                    .Build()
                    .PerformUpgrade(),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Could not migrate the PostgreSQL database '{DatabaseName}': {result.Error?.Message}", result.Error);
            }
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLock})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
