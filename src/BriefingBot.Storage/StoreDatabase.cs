using System.Data.Common;

namespace BriefingBot.Storage;

/// <summary>
/// The database the stores keep their tables in: SQLite (<see cref="Sqlite.SqliteDatabase"/>) or PostgreSQL
/// (<see cref="Postgres.PostgresDatabase"/>). It brings its schema up to date before the first connection is handed
/// out. The stores run the same SQL on both; what differs (full-text search and its indexes) is the dialect's.
/// </summary>
public abstract class StoreDatabase
{
    internal abstract StoreDialect Dialect { get; }

    /// <summary>An open connection, the schema migrated; the caller disposes it.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
