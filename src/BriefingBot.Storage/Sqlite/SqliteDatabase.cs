using System.Data.Common;
using System.Reflection;
using DbUp;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Sqlite;

/// <summary>
/// The SQLite file: creates it and brings its schema up to date with DbUp on first use, turns on WAL,
/// and opens connections with the settings every connection needs.
/// </summary>
public sealed class SqliteDatabase : StoreDatabase
{
    private readonly string connectionString;
    private readonly Lazy<Task> migrated;

    public SqliteDatabase(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = databasePath;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        migrated = new Lazy<Task>(() => Task.Run(Migrate));
    }

    public string DatabasePath { get; }

    internal override StoreDialect Dialect => SqliteDialect.Instance;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await OpenSqliteAsync(cancellationToken);

    /// <summary>An open connection with the settings every connection needs (foreign keys, busy timeout).</summary>
    public async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken)
    {
        await migrated.Value.WaitAsync(cancellationToken);
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private void Migrate()
    {
        var directory = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        var result = DeployChanges.To
            .SqliteDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.Contains(".Sqlite.Migrations.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Could not migrate the SQLite database at {DatabasePath}: {result.Error?.Message}", result.Error);
        }
    }
}
