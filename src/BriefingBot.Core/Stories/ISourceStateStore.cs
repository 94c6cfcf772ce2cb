namespace BriefingBot.Core.Stories;

/// <summary>The port that remembers each source's fetch state between runs.</summary>
public interface ISourceStateStore
{
    Task<ArticleSource?> GetSourceAsync(string location, CancellationToken cancellationToken);

    Task SaveSourceAsync(ArticleSource source, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArticleSource>> ListSourcesAsync(CancellationToken cancellationToken);

    /// <summary>Remembers how many new articles one read of a source added.</summary>
    Task RecordItemsAsync(string location, DateTimeOffset at, int added, CancellationToken cancellationToken);

    /// <summary>New articles a source added since a time (for "items in the last day").</summary>
    Task<int> CountItemsSinceAsync(string location, DateTimeOffset since, CancellationToken cancellationToken);
}
