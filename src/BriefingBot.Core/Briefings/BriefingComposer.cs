using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Composes a briefing from the store: stories first seen in the window, filtered by topic, one item per
/// story, ranked by how many outlets carry it and how recent it is.
/// </summary>
public sealed class BriefingComposer(IStoryStore store, TimeProvider time)
{
    private const int CandidateLimit = 500;

    public async Task<Briefing> ComposeAsync(BriefingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        IReadOnlyList<StoryDigest> candidates;
        if (string.IsNullOrWhiteSpace(request.Topic))
        {
            candidates = await store.GetStoriesAsync(request.Since, CandidateLimit, cancellationToken);
        }
        else
        {
            var terms = Language.Tokenizer.Terms(request.Topic);
            candidates = terms.Count == 0
                ? []
                : (await store.SearchStoriesAsync(new SearchQuery { Terms = [], RequiredAny = terms.Select(t => (IReadOnlyList<string>)[t]).ToList() }, CandidateLimit, cancellationToken))
                    .Where(s => s.FirstSeen >= request.Since)
                    .ToList();
        }

        var items = candidates
            .OrderByDescending(s => Importance(s, now))
            .ThenByDescending(s => s.FirstSeen)
            .Take(request.MaxItems)
            .ToList();
        return new Briefing(request.Since, now, request.Topic, items);
    }

    // Outlets covering a story count most; among equals the newer story wins (half-life of a day).
    private static double Importance(StoryDigest story, DateTimeOffset now)
    {
        var ageHours = Math.Max(0, (now - story.LastSeen).TotalHours);
        return story.Outlets.Count + story.Articles.Count * 0.25 + Math.Pow(0.5, ageHours / 24);
    }
}
