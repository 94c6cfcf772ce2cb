using BriefingBot.Core.Language;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Composes a briefing from the store: stories first seen in the window, filtered by topics, one item per
/// story (event), ranked by how many outlets carry it and how recent it is. Optionally, stories from before the
/// window come back once as updates when outlets that had not reported them do so in the window.
/// </summary>
public sealed class BriefingComposer(IStoryStore store, TimeProvider time)
{
    private const int CandidateLimit = 500;

    public async Task<Briefing> ComposeAsync(BriefingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var until = request.Until ?? now.AddTicks(1);
        var topics = request.AllTopics;
        var candidates = topics.Count == 0
            ? await store.GetStoriesSeenAsync(request.Since, until, CandidateLimit, cancellationToken)
            : await SearchTopicsAsync(topics, request.Since, until, cancellationToken);

        var updates = new Dictionary<long, IReadOnlyList<string>>();
        var chosen = new List<StoryDigest>();
        foreach (var story in candidates)
        {
            if (story.FirstSeen >= request.Since && story.FirstSeen < until)
            {
                chosen.Add(story);
            }
            else if (request.IncludeUpdates && story.FirstSeen < request.Since && NewOutlets(story, request.Since, until) is { Count: > 0 } outlets)
            {
                chosen.Add(story);
                updates[story.StoryId] = outlets;
            }
        }

        var items = chosen
            .OrderByDescending(s => Importance(s, now) - (updates.ContainsKey(s.StoryId) ? 0.5 : 0))
            .ThenByDescending(s => s.FirstSeen)
            .ThenBy(s => s.StoryId)
            .Take(request.MaxItems)
            .ToList();
        return new Briefing(request.Since, now, request.Topic, items)
        {
            Updates = updates.Where(u => items.Any(i => i.StoryId == u.Key)).ToDictionary(),
            Topics = topics,
        };
    }

    private async Task<IReadOnlyList<StoryDigest>> SearchTopicsAsync(IReadOnlyList<string> topics, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, StoryDigest>();
        foreach (var topic in topics)
        {
            var terms = Tokenizer.Terms(topic);
            if (terms.Count == 0)
            {
                continue;
            }

            // Every word of one topic must match; any one topic is enough.
            var query = new SearchQuery { Terms = [], RequiredAny = terms.Select(t => (IReadOnlyList<string>)[t]).ToList() };
            foreach (var story in await store.SearchStoriesAsync(query, CandidateLimit, cancellationToken))
            {
                if (story.LastSeen >= since && story.FirstSeen < until)
                {
                    found.TryAdd(story.StoryId, story);
                }
            }
        }

        return found.Values.ToList();
    }

    // Outlets whose first article on the story arrived in the window, when the story already had others.
    private static List<string> NewOutlets(StoryDigest story, DateTimeOffset since, DateTimeOffset until)
    {
        var before = story.Articles.Where(a => a.IngestedAt < since).Select(a => a.Source).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return story.Articles
            .Where(a => a.IngestedAt >= since && a.IngestedAt < until && a.Source is not null && !before.Contains(a.Source))
            .Select(a => a.Source!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    // Outlets covering a story count most; among equals the newer story wins (half-life of a day).
    private static double Importance(StoryDigest story, DateTimeOffset now)
    {
        var ageHours = Math.Max(0, (now - story.LastSeen).TotalHours);
        return story.Outlets.Count + story.Articles.Count * 0.25 + Math.Pow(0.5, ageHours / 24);
    }
}
