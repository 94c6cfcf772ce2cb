namespace BriefingBot.Core.Stories;

/// <summary>The port that remembers each source's fetch state between runs.</summary>
public interface ISourceStateStore
{
    Task<ArticleSource?> GetSourceAsync(string location, CancellationToken cancellationToken);

    Task SaveSourceAsync(ArticleSource source, CancellationToken cancellationToken);

    Task<IReadOnlyList<ArticleSource>> ListSourcesAsync(CancellationToken cancellationToken);
}
