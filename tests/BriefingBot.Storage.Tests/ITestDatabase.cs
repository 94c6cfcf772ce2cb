namespace BriefingBot.Storage.Tests;

/// <summary>A database of one provider, made for one test and gone after it.</summary>
public interface ITestDatabase : IDisposable
{
    StoreDatabase Database { get; }

    /// <summary>Another handle on the same database, as a restarted process (or a second instance) would open it.</summary>
    StoreDatabase Reopen();
}
