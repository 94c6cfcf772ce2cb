using BriefingBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Tests.Sqlite;

/// <summary>A real SQLite file in a folder of its own, deleted after the test.</summary>
public sealed class TempDatabase : ITestDatabase
{
    public TempDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "briefingbot-tests", Guid.NewGuid().ToString("N"));
        Database = new SqliteDatabase(Path.Combine(Directory, "briefingbot.db"));
    }

    public string Directory { get; }

    public SqliteDatabase Database { get; }

    StoreDatabase ITestDatabase.Database => Database;

    public StoreDatabase Reopen() => new SqliteDatabase(Database.DatabasePath);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned eventually.
        }
    }
}
