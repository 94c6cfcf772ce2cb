namespace BriefingBot.Core.Stories;

/// <summary>
/// Assigns an article to the story of the event it reports, incrementally: the article joins the story whose
/// articles are on average most similar to it (TF-IDF cosine, IDF over the articles seen) when that average
/// reaches <see cref="Threshold"/> and, where articles carry dates, the story has an article within
/// <see cref="Window"/> of it (an undated report meets a higher bar while the store is young: <see cref="YoungStoreBar"/>).
/// Reports that carry their own publication date are also compared on their headlines:
/// within those few days, outlets covering one event share its rare words up front ("Beck", "CPAC") even when their
/// bodies take different angles, so the best headline cosine among the story's latest reports adds
/// <see cref="HeadlineWeight"/> times itself (undated, a shared headline may be months apart). Candidates come from an
/// inverted index over each article's most distinctive words, so an assignment costs a few postings lists, not a pass
/// over the store. Thread-safe.
/// </summary>
public sealed class EventClusterer(double threshold = EventClusterer.DefaultThreshold, TimeSpan? window = null, int capacity = EventClusterer.DefaultCapacity)
{
    /// <summary>Average cosine to a story's articles needed to join it (chosen on BASIL: see the README's table).</summary>
    public const double DefaultThreshold = 0.24;
    public const int DefaultCapacity = 50_000;

    /// <summary>How much the headline cosine of two dated reports adds to their similarity (chosen on BASIL).</summary>
    public const double HeadlineWeight = 0.4;

    /// <summary>How much higher a dated report's score (headline included) must reach than <see cref="Threshold"/>.</summary>
    public const double HeadlineMargin = 0.02;

    /// <summary>
    /// How far above <see cref="Threshold"/> the bar for an undated report starts in an empty store. It falls by a
    /// factor of e every <see cref="YoungStoreArticles"/> articles (chosen on BASIL: see the README). A young store's
    /// IDF has seen too few articles to tell a common word from a rare one, so unrelated reports look closer than they
    /// are; a dated report is only compared within its window, and on its headline.
    /// </summary>
    public const double YoungStoreBar = 0.15;
    public const double YoungStoreArticles = 100;
    private const int IndexTerms = 25;
    private const int CandidateStories = 10;
    private const int RecentMembers = 6;

    private readonly Lock gate = new();
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Member>> postings = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<Member>> stories = [];
    private readonly Queue<Member> order = new();

    public double Threshold { get; } = threshold;

    public TimeSpan Window { get; } = window ?? TimeSpan.FromDays(3);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return order.Count;
            }
        }
    }

    /// <summary>The story the article belongs to, or null when it reports an event not seen yet.</summary>
    /// <param name="vector">The article's <see cref="EventVector"/>.</param>
    /// <param name="when">When it was published (else stored).</param>
    /// <param name="headline">Its <see cref="EventVector.Headline"/> when it carries its own publication date; else null.</param>
    public long? FindStory(IReadOnlyDictionary<string, float> vector, DateTimeOffset when, IReadOnlyCollection<string>? headline = null)
    {
        ArgumentNullException.ThrowIfNull(vector);
        lock (gate)
        {
            // Stories sharing the article's most distinctive words, the most shared first; only the best few are compared in full.
            var weighted = vector.ToDictionary(kv => kv.Key, kv => kv.Value * Idf(kv.Key), StringComparer.Ordinal);
            var norm = Math.Sqrt(weighted.Values.Sum(x => x * x));
            var overlap = new Dictionary<long, double>();
            foreach (var term in TopTerms(weighted))
            {
                if (postings.TryGetValue(term, out var list))
                {
                    foreach (var member in list)
                    {
                        if ((member.When - when).Duration() <= Window)
                        {
                            overlap[member.StoryId] = overlap.GetValueOrDefault(member.StoryId) + weighted[term];
                        }
                    }
                }
            }

            long? best = null;
            // An undated report has only its words to go on, so while the store is young it meets a higher bar.
            var bestScore = Threshold + (headline is { Count: > 0 } ? 0 : YoungStoreBar * Math.Exp(-order.Count / YoungStoreArticles));
            foreach (var storyId in overlap.OrderByDescending(kv => kv.Value).Take(CandidateStories).Select(kv => kv.Key))
            {
                // A long-running story is judged on its latest reports.
                var members = stories[storyId].TakeLast(RecentMembers).ToList();
                var score = members.Average(m => Cosine(weighted, norm, this, m));
                if (headline is { Count: > 0 })
                {
                    // The headline adds to the score, and the bar rises a little with it.
                    score += (HeadlineWeight * members.Where(m => m.Headline is not null).Select(m => HeadlineCosine(headline, m.Headline!)).DefaultIfEmpty(0).Max()) - HeadlineMargin;
                }

                if (score >= bestScore)
                {
                    bestScore = score;
                    best = storyId;
                }
            }

            return best;
        }
    }

    /// <summary>Remembers an article of a story (its words also count towards the IDF from now on).</summary>
    public void Add(long storyId, string articleId, IReadOnlyDictionary<string, float> vector, DateTimeOffset when, IReadOnlyCollection<string>? headline = null)
    {
        ArgumentNullException.ThrowIfNull(vector);
        lock (gate)
        {
            foreach (var term in vector.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }

            var member = new Member(storyId, articleId, vector, when, TopTerms(vector.ToDictionary(kv => kv.Key, kv => kv.Value * Idf(kv.Key), StringComparer.Ordinal)).ToArray())
            {
                Headline = headline is { Count: > 0 } ? headline.ToHashSet(StringComparer.Ordinal) : null,
            };
            foreach (var term in member.Indexed)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(member);
            }

            if (!stories.TryGetValue(storyId, out var members))
            {
                stories[storyId] = members = [];
            }

            members.Add(member);
            order.Enqueue(member);
            while (order.Count > capacity)
            {
                Forget(order.Dequeue());
            }
        }
    }

    /// <summary>Forgets articles that were not stored after all (their transaction rolled back).</summary>
    public void Remove(IReadOnlyCollection<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        lock (gate)
        {
            var gone = order.Where(m => articleIds.Contains(m.ArticleId)).ToList();
            if (gone.Count == 0)
            {
                return;
            }

            foreach (var member in gone)
            {
                Forget(member);
            }

            var kept = order.Where(m => !gone.Contains(m)).ToList();
            order.Clear();
            foreach (var member in kept)
            {
                order.Enqueue(member);
            }
        }
    }

    private void Forget(Member member)
    {
        foreach (var term in member.Vector.Keys)
        {
            if (documentFrequency.TryGetValue(term, out var n))
            {
                if (n <= 1)
                {
                    documentFrequency.Remove(term);
                }
                else
                {
                    documentFrequency[term] = n - 1;
                }
            }
        }

        foreach (var term in member.Indexed)
        {
            if (postings.TryGetValue(term, out var list) && list.Remove(member) && list.Count == 0)
            {
                postings.Remove(term);
            }
        }

        if (stories.TryGetValue(member.StoryId, out var members) && members.Remove(member) && members.Count == 0)
        {
            stories.Remove(member.StoryId);
        }
    }

    // The words that say most about this article (by weight × IDF): its index entries and candidate keys.
    private static IEnumerable<string> TopTerms(Dictionary<string, double> weighted) =>
        weighted.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(IndexTerms).Select(kv => kv.Key);

    // Smoothed, so a word no article had yet weighs most and a word every article has weighs nothing.
    private double Idf(string term) => Math.Log((order.Count + 1.0) / (documentFrequency.GetValueOrDefault(term) + 1.0));

    // Cosine of two headlines as sets of words, each weighing its IDF.
    private double HeadlineCosine(IReadOnlyCollection<string> headline, HashSet<string> other)
    {
        double dot = 0, a = 0, b = 0;
        foreach (var term in headline)
        {
            var w = Idf(term);
            a += w * w;
            dot += other.Contains(term) ? w * w : 0;
        }

        foreach (var term in other)
        {
            var w = Idf(term);
            b += w * w;
        }

        return dot == 0 ? 0 : dot / Math.Sqrt(a * b);
    }

    private static double Cosine(Dictionary<string, double> query, double queryNorm, EventClusterer owner, Member member)
    {
        var (weighted, memberNorm) = member.Weighted(owner);
        double dot = 0;
        foreach (var (term, x) in query)
        {
            if (weighted.TryGetValue(term, out var y))
            {
                dot += x * y;
            }
        }

        return queryNorm == 0 || memberNorm == 0 ? 0 : dot / (queryNorm * memberNorm);
    }

    private sealed record Member(long StoryId, string ArticleId, IReadOnlyDictionary<string, float> Vector, DateTimeOffset When, string[] Indexed)
    {
        private Dictionary<string, double> weighted = new(StringComparer.Ordinal);
        private double norm;
        private int weightedAt;

        /// <summary>The headline's words, for a report that carries its own publication date.</summary>
        public HashSet<string>? Headline { get; init; }

        // The IDF moves slowly as articles arrive: the weights are recomputed once the store has grown by a tenth.
        public (Dictionary<string, double> Weighted, double Norm) Weighted(EventClusterer owner)
        {
            var count = owner.order.Count;
            if (weightedAt == 0 || count > weightedAt * 1.1)
            {
                weighted = Vector.ToDictionary(kv => kv.Key, kv => kv.Value * owner.Idf(kv.Key), StringComparer.Ordinal);
                norm = Math.Sqrt(weighted.Values.Sum(x => x * x));
                weightedAt = Math.Max(1, count);
            }

            return (weighted, norm);
        }
    }
}
