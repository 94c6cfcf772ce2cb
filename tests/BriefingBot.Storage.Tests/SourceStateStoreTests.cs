using BriefingBot.Core.Stories;
using BriefingBot.Storage;

namespace BriefingBot.Storage.Tests;

/// <summary>The store's behaviour, the same on every provider: each provider's test class runs these on its database.</summary>
public abstract class SourceStateStoreTests : IDisposable
{
    private readonly ITestDatabase temp;

    protected SourceStateStoreTests(ITestDatabase database) => temp = database;

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task SaveSourceAsync_ThenGet_RoundTripsAndUpdatesInPlace()
    {
        var store = new SourceStateStore(temp.Database);
        var at = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
        var source = new ArticleSource { Location = "https://feeds.example/rss", ETag = "\"abc\"", LastModified = "Thu, 26 Nov 2026 10:00:00 GMT", LastAttemptAt = at, LastSuccessAt = at, RefreshHint = TimeSpan.FromMinutes(30) };

        await store.SaveSourceAsync(source, CancellationToken.None);
        await store.SaveSourceAsync(source with { LastError = "timeout", ConsecutiveFailures = 2 }, CancellationToken.None);

        var loaded = await store.GetSourceAsync(source.Location, CancellationToken.None);
        Assert.Equal(source with { LastError = "timeout", ConsecutiveFailures = 2 }, loaded);
        Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
        Assert.Null(await store.GetSourceAsync("https://other.example/", CancellationToken.None));
    }

    [Fact]
    public async Task CountItemsSinceAsync_SumsTheReadsInTheWindowOfThatSourceOnly()
    {
        var store = new SourceStateStore(temp.Database);
        var at = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
        await store.RecordItemsAsync("https://a.example/rss", at.AddHours(-30), 7, CancellationToken.None);
        await store.RecordItemsAsync("https://a.example/rss", at.AddHours(-2), 3, CancellationToken.None);
        await store.RecordItemsAsync("https://a.example/rss", at, 2, CancellationToken.None);
        await store.RecordItemsAsync("https://b.example/rss", at, 5, CancellationToken.None);

        Assert.Equal(5, await store.CountItemsSinceAsync("https://a.example/rss", at.AddDays(-1), CancellationToken.None));
        Assert.Equal(0, await store.CountItemsSinceAsync("https://c.example/rss", at.AddDays(-1), CancellationToken.None));
    }
}
