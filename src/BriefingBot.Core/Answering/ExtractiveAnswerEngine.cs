using BriefingBot.Core.Language;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Answering;

/// <summary>
/// The built-in answer engine: full-text retrieval over stored sentences, then stance extraction for
/// "who backs X" questions, a name from the best sentence for other "who" questions, and the best
/// sentences otherwise. Every answer cites; when nothing in the store supports one it says so.
/// </summary>
public sealed class ExtractiveAnswerEngine(IStoryStore store) : IAnswerEngine
{
    private const int StanceHits = 60;
    private const int OpenHits = 12;
    private const int MaxCitations = 5;

    private static readonly string[] SupportSearchTerms = ["back", "support", "supporter", "recognize", "endorse", "ally", "allies", "defend", "behind"];
    private static readonly string[] OpposeSearchTerms = ["oppose", "opponent", "condemn", "criticize", "critic", "sanction", "reject", "slam", "denounce", "resign"];

    public async Task<Answer> AskAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var parsed = QuestionParser.Parse(question);
        return parsed.Kind switch
        {
            QuestionKind.Supporters or QuestionKind.Opponents when parsed.Target is { Length: > 0 } =>
                await AnswerStanceAsync(question, parsed, cancellationToken),
            _ => await AnswerOpenAsync(question, parsed, cancellationToken),
        };
    }

    private async Task<Answer> AnswerStanceAsync(string question, ParsedQuestion parsed, CancellationToken cancellationToken)
    {
        var supporters = parsed.Kind == QuestionKind.Supporters;
        var target = parsed.Target!;
        var targetTerms = StanceExtractor.TargetWords(target).Select(w => w.ToLowerInvariant()).ToList();
        if (targetTerms.Count == 0)
        {
            return await AnswerOpenAsync(question, parsed, cancellationToken);
        }

        var query = new SearchQuery
        {
            Terms = supporters ? SupportSearchTerms : OpposeSearchTerms,
            RequiredAny = [targetTerms],
        };
        var hits = await store.SearchSentencesAsync(query, StanceHits, cancellationToken);

        // Newer evidence first, so a party that changed sides is shown with its latest stance.
        var ordered = hits.OrderByDescending(h => h.Article.Published ?? h.Article.IngestedAt).ThenBy(h => h.Rank);
        var entities = new Dictionary<string, (string Name, List<SentenceHit> Hits)>(StringComparer.Ordinal);
        foreach (var hit in ordered)
        {
            foreach (var name in StanceExtractor.Extract(hit.Text, target, supporters))
            {
                var identity = NameFinder.Identity(name);
                if (identity.Length == 0)
                {
                    continue;
                }

                if (!entities.TryGetValue(identity, out var entry))
                {
                    entry = (name, []);
                    entities[identity] = entry;
                }

                entry.Hits.Add(hit);
            }
        }

        var role = supporters ? "supporter" : "opponent";
        if (entities.Count == 0)
        {
            var related = hits.OrderBy(h => h.Rank).Take(2).ToList();
            var text = related.Count == 0
                ? $"I found nothing in the stored articles about {target}."
                : $"The stored articles mention {target}, but none of them says who {(supporters ? "backs" : "opposes")} {target}.";
            return new Answer { Question = question, Text = text, Citations = related.Select(ToCitation).ToList(), Confidence = 0 };
        }

        var ranked = entities.Values.OrderByDescending(e => e.Hits.Count).ThenBy(e => e.Hits.Min(h => h.Rank)).ToList();
        var answerEntities = ranked
            .Select(e => new AnswerEntity(e.Name, role, e.Hits.Take(3).Select(h => new Evidence(h.Article.ArticleId, h.Text)).ToList()))
            .ToList();
        var citations = ranked.SelectMany(e => e.Hits.Take(1)).Distinct().Take(MaxCitations).Select(ToCitation).ToList();
        var names = string.Join(", ", ranked.Select(e => e.Name));
        var verb = supporters ? "Backing" : "Opposing";
        return new Answer
        {
            Question = question,
            Text = $"{verb} {target}: {names}.",
            Entities = answerEntities,
            Citations = citations,
            Confidence = Math.Round(Math.Min(0.95, 0.5 + (0.1 * citations.Count)), 2),
        };
    }

    private async Task<Answer> AnswerOpenAsync(string question, ParsedQuestion parsed, CancellationToken cancellationToken)
    {
        if (parsed.Terms.Count == 0)
        {
            return NoAnswer(question);
        }

        var hits = await store.SearchSentencesAsync(new SearchQuery { Terms = parsed.Terms }, OpenHits, cancellationToken);
        if (hits.Count == 0)
        {
            return NoAnswer(question);
        }

        var best = hits[0];
        var matched = MatchedShare(parsed.Terms, best.Text);
        if (matched < 0.34)
        {
            return NoAnswer(question);
        }

        if (parsed.Kind == QuestionKind.Who)
        {
            var questionWords = Tokenizer.Words(question).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            foreach (var hit in hits.Take(5))
            {
                var tokens = SentenceToken.Tokenize(hit.Text);
                var name = NameFinder.Find(tokens, 0, tokens.Count)
                    .Select(n => n.Name)
                    .FirstOrDefault(n => !Tokenizer.Words(n).Any(w => questionWords.Contains(w.ToLowerInvariant())));
                if (name is not null)
                {
                    return new Answer
                    {
                        Question = question,
                        Text = $"{name}. {hit.Text}",
                        Entities = [new AnswerEntity(name, "answer", [new Evidence(hit.Article.ArticleId, hit.Text)])],
                        Citations = [ToCitation(hit), .. hits.Where(h => h != hit).Take(MaxCitations - 1).Select(ToCitation)],
                        Confidence = Math.Round(0.3 + (0.5 * MatchedShare(parsed.Terms, hit.Text)), 2),
                    };
                }
            }
        }

        var top = hits.Take(2).ToList();
        return new Answer
        {
            Question = question,
            Text = string.Join(" ", top.Select(h => h.Text)),
            Citations = hits.Take(MaxCitations).Select(ToCitation).ToList(),
            Confidence = Math.Round(0.2 + (0.6 * matched), 2),
        };
    }

    private static double MatchedShare(IReadOnlyList<string> terms, string sentence)
    {
        var words = Tokenizer.Terms(sentence);
        var matched = terms.Count(t => words.Any(w => w.StartsWith(Stem(t), StringComparison.Ordinal)));
        return terms.Count == 0 ? 0 : matched / (double)terms.Count;
    }

    // A crude shared prefix: enough to count "backs" as "backed" when judging a retrieved sentence.
    private static string Stem(string term) => term.Length > 5 ? term[..^2] : term.Length > 3 ? term[..^1] : term;

    private static Answer NoAnswer(string question) => new()
    {
        Question = question,
        Text = "I couldn't find anything in the stored articles that answers that.",
        Confidence = 0,
    };

    private static Citation ToCitation(SentenceHit hit) =>
        new(hit.Article.ArticleId, hit.Article.Title, hit.Article.Url, hit.Article.Source, hit.Article.Published, hit.Text);
}
