using BriefingBot.Storage.Postgres;
using BriefingBot.TestSupport;

namespace BriefingBot.Storage.Tests.Postgres;

/// <summary>One throwaway cluster for every PostgreSQL test class; the classes of this collection take turns on it.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgres : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}

/// <summary>A fresh database on the test cluster, made for one test.</summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    private readonly List<PostgresDatabase> opened = [];

    public PostgresTestDatabase(PostgresCluster cluster)
    {
        ConnectionString = cluster.CreateDatabase();
        Database = (PostgresDatabase)Reopen();
    }

    public string ConnectionString { get; }

    public PostgresDatabase Database { get; }

    StoreDatabase ITestDatabase.Database => Database;

    public StoreDatabase Reopen()
    {
        var database = new PostgresDatabase(ConnectionString);
        opened.Add(database);
        return database;
    }

    public void Dispose()
    {
        foreach (var database in opened)
        {
            database.Dispose();
        }
    }
}
