using System.Text.RegularExpressions;
using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Coreference;
using BriefingBot.Core.Language.Entities;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Answering;

/// <summary>
/// The built-in answer engine: for "who backs / opposes X", the sentences naming X and a stance cue, read by
/// the parse and the patterns; otherwise articles then sentences (<see cref="RetrieveAsync"/>), with a name
/// (or, for "who is X", a description) from the best sentences for "who" questions and the best sentences
/// for the rest. Every answer cites; when nothing in the store supports one it says so.
/// </summary>
public sealed partial class ExtractiveAnswerEngine(IStoryStore store, LanguageModels? languageModels = null) : IAnswerEngine
{
    // The models load on the first question that needs them (who and stance questions), not with the engine.
    private LanguageModels Models => languageModels ?? LanguageModels.Default;

    private const int StanceHits = 60;
    private const int StoredRelations = 500;
    private const int WrittenFormSamples = 5;
    private const int CandidateArticles = 10;
    private const int LeadSentences = 4;
    private const double MinimumMatchedShare = 0.25;
    private const double SentenceCoverageWeight = 0.5;
    private const double LeadCoverageWeight = 0.25;
    private const int MaxCitations = 5;
    private const int FollowingSentences = 2; // sentences after a hit read for a pronoun standing for the target
    private const int MaxFollowingSentences = 30;
    private const int MaxDescribedSentences = 20; // sentences read for a noun standing for the target ("the governor")
    private const int ReportedStories = 10; // stories whose other reports a stance answer reads
    private const int ReportsPerStory = 4;
    private const int ThingArticles = 5; // articles writing a thing asked about whose sentences name it by its noun ("the bill")
    private const int JudgedHits = 20; // sentences with a harsh judgment and the target, read for who passed it
    private const int DeedSentences = 12; // sentences of the retrieved articles read for everyone who did what a "who" question asks
    private const int FullNameSentences = 3; // earlier sentences read for a surname's full name
    private const int ReactionSentences = 4; // quotations read after a group's stance for its members
    private const int MaxHolders = 8; // holders of a title asked about, as many as a stance answer names
    private const int ThingReach = 3; // words between a thing's noun and another of its words where a sentence writes it

    // What a place's name takes to name its people ("Iran" → "Iranians", "America" → "American", "Iraq" → "Iraqis").
    private static readonly HashSet<string> DemonymEndings = new(StringComparer.Ordinal) { "ian", "ians", "n", "ns", "an", "ans", "i", "is", "ese" };

    // Formal first names and the short forms news writes for them, either way round. (Declared before the set built
    // from it: static fields start in order.)
    private static readonly (string, string)[] NicknamePairs =
    [
        ("james", "jim"), ("james", "jimmy"), ("william", "bill"), ("william", "billy"), ("william", "will"), ("robert", "bob"),
        ("robert", "rob"), ("robert", "bobby"), ("michael", "mike"), ("joseph", "joe"), ("charles", "chuck"), ("charles", "charlie"),
        ("edward", "ted"), ("edward", "ed"), ("richard", "dick"), ("richard", "rick"), ("thomas", "tom"), ("christopher", "chris"),
        ("daniel", "dan"), ("david", "dave"), ("steven", "steve"), ("stephen", "steve"), ("elizabeth", "liz"), ("elizabeth", "beth"),
        ("katherine", "kathy"), ("katherine", "kate"), ("kathleen", "kathy"), ("nicholas", "nick"), ("anthony", "tony"),
        ("benjamin", "ben"), ("benjamin", "bibi"), ("rafael", "ted"), ("jeffrey", "jeff"), ("gregory", "greg"), ("matthew", "matt"),
        ("andrew", "andy"), ("timothy", "tim"), ("patrick", "pat"), ("patricia", "pat"), ("margaret", "maggie"), ("susan", "sue"),
        ("deborah", "debbie"), ("alexander", "alex"), ("alexandria", "alex"), ("samuel", "sam"), ("peter", "pete"), ("ronald", "ron"),
        ("donald", "don"), ("lawrence", "larry"), ("gerald", "jerry"), ("kenneth", "ken"), ("raymond", "ray"), ("frederick", "fred"),
    ];

    private static readonly HashSet<(string, string)> Nicknames = NicknamePairs.Concat(NicknamePairs.Select(p => (p.Item2, p.Item1))).ToHashSet();

    // Words that open a group rather than a name: "Several conservatives", "his fellow Missourians".
    private static readonly HashSet<string> GroupOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "several", "most", "some", "many", "those", "these", "numerous", "top", "other", "all", "few", "dozens", "hundreds", "thousands", "his", "her", "their", "its",
    };

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "him", "his", "she", "her", "hers", "they", "them", "their" };

    // The words a stance search ranks by: each side's verbs (the index stems them, so the base form finds every form,
    // but for "stood"), those that take a side through a preposition ("stood with", "sided with"), and the nouns and
    // words of calls to go.
    private static readonly string[] SupportSearchTerms = [.. StanceCues.BaseForms(supporters: true), "supporter", "allies", "behind", "vouch", "rally", "proponent", "advocate", "stand", "stood", "side"];
    private static readonly string[] OpposeSearchTerms =
    [
        .. StanceCues.BaseForms(supporters: false), "opposition", "opponent", "boycott", "critic", "resign", "ouster", "impeach", "removal",
        "against", "urge", "demand", "withdraw", "quit", "aside", "call", "drop", "step", "backlash", "flak", "outcry", "detractor",
        "dismiss",
    ];

    public async Task<Answer> AskAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var parsed = QuestionParser.Parse(question);
        return parsed.Kind switch
        {
            QuestionKind.Supporters or QuestionKind.Opponents when parsed.Target is { Length: > 0 } =>
                await AnswerStanceAsync(question, parsed, respelled: false, cancellationToken),
            _ => await AnswerOpenAsync(question, parsed, cancellationToken),
        };
    }

    private async Task<Answer> AnswerStanceAsync(string question, ParsedQuestion parsed, bool respelled, CancellationToken cancellationToken)
    {
        var supporters = parsed.Kind == QuestionKind.Supporters;
        var target = parsed.Target!;

        // "Obama's daughters" are the target, not Obama: the sentence must name both, and the stance must be about
        // the daughters (a stance on Obama is not one on them). What someone says or does ("Steele's comments")
        // stands for them, as before.
        var possessive = PossessiveTarget().Match(target);
        possessive = possessive.Success && Tokenizer.Words(possessive.Groups["owned"].Value).Any(w => StanceCues.OwnedPeople.Contains(w)) ? possessive
            : OwnerBeforeTarget().Match(target) is { Success: true } ownerFirst && StanceCues.OwnedPeople.Contains(ownerFirst.Groups["owned"].Value) ? ownerFirst // "the Obama daughters"
            : Match.Empty;
        var owner = possessive.Success ? StanceExtractor.TargetWords(possessive.Groups["owner"].Value) : [];
        var targetWords = StanceExtractor.TargetWords(possessive.Success ? possessive.Groups["owned"].Value : target);
        var targetTerms = targetWords.Select(w => w.ToLowerInvariant()).ToList();
        if (targetTerms.Count == 0)
        {
            return await AnswerOpenAsync(question, parsed, cancellationToken);
        }

        // A thing asked by its own words ("Trump's national emergency", "the 9/11 bill") is searched by them, not by its
        // owner's name or a number, which fill sentences about other things.
        var thingAsked = ThingAsked(target);
        var thingTerms = possessive.Success || thingAsked is not var (_, thingWords, _)
            ? []
            : thingWords.Where(w => !w.All(char.IsDigit)).ToList();
        var query = new SearchQuery
        {
            Terms = supporters ? SupportSearchTerms : OpposeSearchTerms,
            RequiredAny = owner.Count > 0 ? [targetTerms, owner.Select(w => w.ToLowerInvariant()).ToList()] : [thingTerms.Count > 0 ? thingTerms : targetTerms],
        };
        var hits = await store.SearchSentencesAsync(query, StanceHits, cancellationToken);

        // Two kinds of sentence are searched for on their own, so the cue words' many sentences about a widely criticized
        // target cannot crowd them out: harsh judgments ("McConnell said Ginsburg's comments were totally
        // inappropriate"), and what the question adds ("who accused Obama of treating Medicare like a piggy bank").
        if (!supporters)
        {
            hits = await WithMoreHitsAsync(hits, query with { Terms = [.. StanceCues.HarshJudgments] }, JudgedHits, cancellationToken);
        }

        if (parsed.Reason.Count > 0)
        {
            hits = await WithMoreHitsAsync(hits, query with { RequiredAny = [.. query.RequiredAny, parsed.Reason] }, StanceHits, cancellationToken);
        }

        // A thing an article names once in full and then by its noun ("passed an energy bill", then "Many Republicans
        // opposed the bill"): the sentences of the articles that write the thing whole, with that noun and a cue of the
        // asked side, are read too (the thing's evidence filter below keeps them to those articles).
        if (thingAsked is var (_, _, thingHead) && thingTerms.Count >= 2)
        {
            var writing = await store.SearchArticlesAsync(new SearchQuery { Terms = thingTerms, RequiredAny = [.. thingTerms.Select(t => (IReadOnlyList<string>)[t])] }, ThingArticles, cancellationToken);
            var searched = hits.Select(h => (h.Article.ArticleId, h.Position)).ToHashSet();
            var byNoun = writing.Count == 0 ? [] : (await store.GetSentencesAsync([.. writing.Select(a => a.Article.ArticleId)], cancellationToken))
                .Where(h => Tokenizer.Words(h.Text) is var words && words.Any(w => w.Equals(thingHead, StringComparison.OrdinalIgnoreCase)) && HasCueOfSide(words, supporters))
                .Where(h => !searched.Contains((h.Article.ArticleId, h.Position)))
                .ToList();
            hits = [.. hits, .. byNoun];
        }

        if (hits.Count == 0 && !respelled && await RespelledAsync(target, targetTerms, cancellationToken) is { } respelledTarget)
        {
            var answer = await AnswerStanceAsync(question, parsed with { Target = respelledTarget }, respelled: true, cancellationToken);
            return WithReadings(answer, [(target, respelledTarget)]);
        }

        // A target asked with capitals ("the Tea Party") is a name: a sentence that has its words only in lower case
        // ("resignation as party leader") is about something else. A thing's owner ("Trump's national emergency") need
        // not be named where the thing is.
        var capitalized = Tokenizer.Words(target).Where(w => char.IsUpper(w[0]) && targetWords.Contains(w)).ToHashSet(StanceExtractor.TargetWordComparer);
        if (capitalized.Count > 0 && thingTerms.Count == 0)
        {
            hits = hits.Where(h => NamesTarget(SentenceToken.Tokenize(h.Text), capitalized, targetWords)).ToList();
        }

        // Newer evidence first, so a party that changed sides is shown with its latest stance.
        var ordered = hits.OrderByDescending(DateOf).ThenBy(h => h.Rank).ToList();

        // The articles around the hits tell who a pronoun is: the party ("He has criticized Sessions") or the target
        // itself in the sentences that follow ("Ortiz then called for her resignation"). Each sentence is parsed once.
        // The other reports of the best-placed stories are read too: one outlet's "her opposition to the restaurant" is
        // about the Chick-fil-A another outlet named.
        var context = ordered.Count == 0
            ? Enumerable.Empty<SentenceHit>().ToLookup(h => h.Article.ArticleId, StringComparer.Ordinal)
            : (await store.GetSentencesAsync(ordered.Select(h => h.Article.ArticleId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
                .Concat(await store.GetStorySentencesAsync(ordered.Select(h => h.Article.StoryId).Distinct().Take(ReportedStories).ToList(), ReportsPerStory, cancellationToken))
                .DistinctBy(h => (h.Article.ArticleId, h.Position))
                .ToLookup(h => h.Article.ArticleId, StringComparer.Ordinal);
        var passages = new PassageReader(Models, context);

        // "who supports Paul Ryan": a bare "Ryan" in an article that names Tim Ryan (or both) is not the one asked about.
        if (capitalized.Count >= 2 && Tokenizer.Words(target).LastOrDefault(capitalized.Contains) is { } surname)
        {
            var anotherIn = new Dictionary<string, bool>(StringComparer.Ordinal);
            bool ArticleMeansAnother(string articleId) => anotherIn.TryGetValue(articleId, out var known)
                ? known
                : anotherIn[articleId] = NamesAnotherMoreOften(context[articleId], surname, capitalized);
            ordered = ordered.Where(h => !BySurnameOfAnother(h, surname, capitalized, ArticleMeansAnother)).ToList();
        }

        var named = ordered.Select(h => StanceReading.Names(passages.Read(h), h.Text, target, targetWords, supporters, passages.Pronouns(h))).ToList();
        var seen = ordered.Select(h => (h.Article.ArticleId, h.Position)).ToHashSet();
        // A pronoun may follow any sentence that names the target, not only a ranked one ("Lois Lerner is facing a
        // maelstrom of controversy. Members of Congress are calling her evasive").
        var naming = ordered.Select(h => h.Article.ArticleId).Distinct(StringComparer.Ordinal)
            .SelectMany(id => context[id].Where(s => Tokenizer.Words(s.Text).Any(w => ParsedStanceExtractor.IsTargetWord(w, targetWords))));
        var followers = ordered.Concat(naming)
            .SelectMany(h => context[h.Article.ArticleId].Where(s => s.Position > h.Position && s.Position <= h.Position + FollowingSentences))
            .Where(s => MayNameTargetByPronoun(s.Text, supporters, targetWords) && seen.Add((s.Article.ArticleId, s.Position)))
            .Take(MaxFollowingSentences)
            .ToList();

        // "Gov. Jan Brewer" … "wrote to the governor and expressed their opposition": once an article has named the
        // target, the noun it gave the target stands for it (see TargetDescriptions).
        // The articles of one story report one event, so a noun one of them gives the target ("Chick-fil-A restaurants")
        // serves the others ("her opposition to the restaurant").
        var storyOf = context.ToDictionary(g => g.Key, g => g.First().Article.StoryId, StringComparer.Ordinal);
        var descriptions = new Dictionary<long, HashSet<string>>();
        HashSet<string> DescriptionsIn(string articleId) => descriptions.TryGetValue(storyOf[articleId], out var known)
            ? known
            : descriptions[storyOf[articleId]] = TargetDescriptions.Of(
                context.Where(g => storyOf[g.Key] == storyOf[articleId]).SelectMany(g => g).Select(s => s.Text), targetWords);
        var described = ordered
            .Select(h => h.Article.ArticleId)
            .Concat(context.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal)
            .SelectMany(id => context[id]
                .OrderBy(s => s.Position)
                .SkipWhile(s => !Tokenizer.Words(s.Text).Any(w => ParsedStanceExtractor.IsTargetWord(w, targetWords)))
                .Where(s => MayNameTargetByDescription(s.Text, supporters, targetWords, DescriptionsIn(id))))
            .Where(s => seen.Add((s.Article.ArticleId, s.Position)))
            .Take(MaxDescribedSentences)
            .ToList();
        foreach (var follower in followers.Concat(described))
        {
            var pronouns = passages.Pronouns(follower);
            if (AsTarget(passages.Read(follower), pronouns, target, targetWords, DescriptionsIn(follower.Article.ArticleId)) is { } substituted)
            {
                ordered.Add(follower);
                named.Add(StanceReading.Names(substituted, follower.Text, target, targetWords, supporters, pronouns));
            }
        }

        foreach (var (reaction, speakers) in ReactionQuotes(ordered, named, context, passages, targetWords, supporters))
        {
            ordered.Add(reaction);
            named.Add(speakers);
        }

        var entities = new Dictionary<string, (string Name, List<SentenceHit> Hits)>(StringComparer.Ordinal);
        for (var k = 0; k < ordered.Count; k++)
        {
            foreach (var name in named[k])
            {
                AddParty(entities, passages.LedeName(ordered[k], Tokenizer.Words(name).ToList()) ?? name, ordered[k], parsed.AsksForCountries);
            }
        }

        if (owner.Count == 0)
        {
            await AddStoredRelationsAsync(entities, target, targetTerms, targetWords, supporters, parsed.AsksForCountries, cancellationToken);
        }

        await KeepEvidenceOnTheThingAsync(entities, thingAsked, cancellationToken);
        MergeShorterForms(entities);
        var role = supporters ? "supporter" : "opponent";
        if (entities.Count == 0)
        {
            // Without a cue sentence, still say whether the store mentions the target at all.
            var related = hits.Count > 0
                ? hits.OrderBy(h => h.Rank).Take(2).ToList()
                : await store.SearchSentencesAsync(query with { Terms = [] }, 2, cancellationToken);
            var text = related.Count == 0
                ? $"I found nothing in the stored articles about {target}."
                : $"The stored articles mention {target}, but none of them says who {(supporters ? "backs" : "opposes")} {target}.";
            return new Answer { Question = question, Text = text, Citations = related.Select(ToCitation).ToList(), Confidence = 0 };
        }

        var reason = parsed.Reason.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var ranked = entities.Values
            .OrderByDescending(e => reason.Count > 0 && e.Hits.Any(h => Tokenizer.Terms(h.Text).Any(t => reason.Contains(Stemmer.Stem(t)))))
            .ThenBy(e => IsGroup(e.Name))
            .ThenByDescending(e => e.Hits.Count)
            .ThenBy(e => e.Hits.Min(h => h.Rank))
            .ToList();
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

    // A question word no stored article holds is read as the stored word it most likely misspells ("Islmabad"), and
    // an answer found that way says how it read the word.
    private async Task<Answer> AnswerOpenAsync(string question, ParsedQuestion parsed, CancellationToken cancellationToken)
    {
        if (parsed.Terms.Count == 0)
        {
            return NoAnswer(question);
        }

        var corrections = await store.SuggestSpellingsAsync(parsed.Terms, cancellationToken);
        if (corrections.Count == 0)
        {
            return await AnswerFromTermsAsync(question, parsed, cancellationToken);
        }

        var spelled = corrections.ToDictionary(c => c.Term, c => c.Correction, StringComparer.OrdinalIgnoreCase);
        var answer = await AnswerFromTermsAsync(question, parsed with { Terms = parsed.Terms.Select(t => spelled.GetValueOrDefault(t, t)).Distinct(StringComparer.Ordinal).ToList() }, cancellationToken);
        if (!answer.IsSupported)
        {
            return answer;
        }

        var written = await WrittenFormsAsync(corrections, cancellationToken);
        return WithReadings(answer, written.Select(c => (AsAsked(question, c.Term), c.Written)).ToList());
    }

    // An answer reached through corrected words first says how it read them: I read "Islmabad" as "Islamabad".
    private static Answer WithReadings(Answer answer, List<(string Asked, string Read)> readings) => readings.Count == 0
        ? answer
        : answer with { Text = $"I read {string.Join(" and ", readings.Select(r => $"\"{r.Asked}\" as \"{r.Read}\""))}. {answer.Text}" };

    // A question word as the asker wrote it ("Islmabad" for "islmabad").
    private static string AsAsked(string question, string term) => WholeWord(term).Match(question) is { Success: true } m ? m.Value : term;

    private static Regex WholeWord(string word) => new($@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private async Task<Answer> AnswerFromTermsAsync(string question, ParsedQuestion parsed, CancellationToken cancellationToken)
    {
        var (hits, sentences) = await RetrieveAsync(parsed.Terms, cancellationToken);
        if (hits.Count == 0)
        {
            return NoAnswer(question);
        }

        var best = hits[0];
        // Judged on the best sentence and the next one when it is from the same article: an answer may take two.
        var passage = hits.Count > 1 && hits[1].Article.ArticleId == best.Article.ArticleId ? best.Text + " " + hits[1].Text : best.Text;
        var matched = MatchedShare(parsed.Terms, passage);
        if (matched < MinimumMatchedShare)
        {
            return NoAnswer(question);
        }

        var passages = new PassageReader(Models, sentences.ToLookup(h => h.Article.ArticleId, StringComparer.Ordinal));
        var read = parsed.Kind == QuestionKind.Who ? WhoExtractor.Read(hits, passages.Read) : [];
        if (parsed.Subject is { } subject && WhoExtractor.Describe(subject, read) is var (description, described))
        {
            var who = string.Join(' ', subject);
            return new Answer
            {
                Question = question,
                ShortAnswer = description,
                Text = $"{who}: {description}{(description.EndsWith('.') ? string.Empty : ".")} {described.Text}",
                Citations = [ToCitation(described), .. hits.Where(h => h != described).Take(MaxCitations - 1).Select(ToCitation)],
                Confidence = Math.Round(0.3 + (0.5 * MatchedShare(parsed.Terms, described.Text)), 2),
            };
        }

        // "Who is X" about someone the store names but never describes: a news lede that opens on a person before
        // naming them ("The man accused of … is insane, police said"; X is named further down) says who X is;
        // otherwise what the store says of X, not another name.
        if (parsed.Subject is { } named && WhoExtractor.Naming(named, read) is { } about)
        {
            var lede = (await store.GetSentencesAsync([about.Article.ArticleId], cancellationToken)).MinBy(h => h.Position);
            if (lede is not null && lede.Position < about.Position
                && WhoExtractor.OpeningDescription(named, Models.Analyze(UdTokenizer.Tokenize(lede.Text))) is { } opening)
            {
                var who = string.Join(' ', named);
                return new Answer
                {
                    Question = question,
                    ShortAnswer = opening,
                    Text = $"{who}: {opening}, as the article opens before naming them. {lede.Text} {about.Text}",
                    Citations = [ToCitation(lede), ToCitation(about), .. hits.Where(h => h != about && h != lede).Take(MaxCitations - 2).Select(ToCitation)],
                    Confidence = Math.Round(0.2 + (0.4 * MatchedShare(parsed.Terms, about.Text)), 2),
                };
            }

            return new Answer
            {
                Question = question,
                Text = about.Text,
                Citations = [ToCitation(about), .. hits.Where(h => h != about).Take(MaxCitations - 1).Select(ToCitation)],
                Confidence = Math.Round(0.2 + (0.5 * MatchedShare(parsed.Terms, about.Text)), 2),
            };
        }

        // A pronoun that did what the question asks ("He also denied…") is named by the sentences before it.
        string? Pronoun(SentenceHit hit, int word) => passages.Pronouns(hit)(word);

        // The name comes from the best article when it gives one: a closer match in another article would take the
        // answer, and its citation, away from the story the question is about.
        var fromBest = read.Where(r => r.Hit.Article.ArticleId == best.Article.ArticleId).ToList();

        // Everyone the retrieved sentences say did what the question asks, to whom it asks ("who urged Brewer to veto the
        // bill": Romney, and Flake and McCain, who called on her to veto it), after the best-placed name.
        // The same for the ones a named doer did it to ("who did Trump fire").
        IEnumerable<(SentenceHit Hit, SentenceAnalysis Analysis)> TellingDeed(string verb, HashSet<string> named) =>
            read.Concat(sentences.Where(h => !read.Any(r => r.Hit == h) && MayTellDeed(h.Text, verb, named)).Take(DeedSentences).Select(h => (Hit: h, Analysis: passages.Read(h))));
        var doers = parsed.Kind != QuestionKind.Who ? []
            : WhoExtractor.AskedDeed(Models.Analyze(UdTokenizer.Tokenize(question))) is var (verb, deedTarget, complement)
                ? TellingDeed(verb, deedTarget)
                    .SelectMany(r => ParsedStanceExtractor.Doers(r.Analysis, verb, deedTarget, complement, word => Pronoun(r.Hit, word)).Select(name => (Name: name, r.Hit)))
                    .ToList()
            : WhoExtractor.AskedObjectDeed(question) is var (doneVerb, doer, doneComplement)
                ? TellingDeed(doneVerb, doer)
                    .SelectMany(r => ParsedStanceExtractor.DoneTo(r.Analysis, doneVerb, doer, doneComplement, word => Pronoun(r.Hit, word)).Select(name => (Name: name, r.Hit)))
                    .ToList()
            : [];
        // Who did the asked deed, as the best article tells it, comes before the name found nearest the question's words
        // ("who defeated Eric Cantor": "Dave Brat, the Tea Party candidate who defeated Cantor", not the Speaker whose
        // defeat Cantor's recalled).
        // The name found keeps the names coordinated with it when it is the doer ("Mayor Lena Ortiz and Senator Paul Hale").
        var doerInBest = doers.FindIndex(d => d.Hit.Article.ArticleId == best.Article.ArticleId);
        // A "who is X's lawyer" question is answered by a holder of the title before any other name, from the retrieved
        // sentences that hold the title with every other word of the question (so the lawyer is X's).
        // The other holders the store names (another year's, another body's) follow the first, best first.
        List<(string Name, SentenceHit Hit)> HoldersOfTheTitle()
        {
            var mayNameHolder = WhoExtractor.MayNameHolder(question, parsed.Terms);
            var holding = hits.Where(h => mayNameHolder(h.Text)).Take(DeedSentences).Select(h => (h, passages.Read(h))).ToList();
            var holders = new List<(string Name, SentenceHit Hit)>();
            var named = new HashSet<string>(StringComparer.Ordinal);
            while (holders.Count < MaxHolders && WhoExtractor.Find(question, parsed.Terms, holding, Pronoun, holdersOnly: true, named) is { } next)
            {
                holders.Add(next);
                named.Add(NameFinder.Identity(next.Name));
            }

            return holders;
        }

        var holders = parsed.Kind == QuestionKind.Who && WhoExtractor.RoleAsked(question) == WhoExtractor.Role.Titled ? HoldersOfTheTitle() : [];
        (string Name, SentenceHit Hit)? holder = holders.Count > 0 ? holders[0] : null;
        var nearest = parsed.Kind != QuestionKind.Who ? null
            : holder ?? WhoExtractor.Find(question, parsed.Terms, fromBest, Pronoun) ?? WhoExtractor.Find(question, parsed.Terms, read, Pronoun);
        var answered = doerInBest >= 0 && !(nearest is var (nearestName, _) && nearestName.Contains(doers[doerInBest].Name, StringComparison.Ordinal))
            ? doers[doerInBest]
            : nearest ?? (doers.Count > 0 ? doers[0] : null);
        if (parsed.Kind == QuestionKind.Who && answered is var (found, hit))
        {
            // A surname alone ("Murtha") is given as the article first names the person ("John P. Murtha").
            var name = found;
            if (!found.Contains(' ', StringComparison.Ordinal))
            {
                var naming = (await store.GetSentencesAsync([hit.Article.ArticleId], cancellationToken))
                    .Where(h => h.Position <= hit.Position && Tokenizer.Words(h.Text).Contains(found, StringComparer.Ordinal))
                    .OrderBy(h => h.Position)
                    .Take(FullNameSentences)
                    .Select(h => Models.Analyze(UdTokenizer.Tokenize(h.Text)));
                name = WhoExtractor.FullName(found, naming) ?? found;
            }

            return new Answer
            {
                Question = question,
                ShortAnswer = name,
                Text = $"{name}. {hit.Text}",
                Entities =
                [
                    new AnswerEntity(name, "answer", [new Evidence(hit.Article.ArticleId, hit.Text)]),
                    .. doers.Concat(holders.Skip(1))
                        .Where(d => NameFinder.Identity(d.Name) != NameFinder.Identity(name) && !NameFinder.Identity(name).Contains(NameFinder.Identity(d.Name), StringComparison.Ordinal))
                        .DistinctBy(d => NameFinder.Identity(d.Name), StringComparer.Ordinal)
                        .Select(d => new AnswerEntity(d.Name, "answer", [new Evidence(d.Hit.Article.ArticleId, d.Hit.Text)])),
                ],
                Citations = [ToCitation(hit), .. hits.Where(h => h != hit).Take(MaxCitations - 1).Select(ToCitation)],
                Confidence = Math.Round(0.3 + (0.5 * MatchedShare(parsed.Terms, hit.Text)), 2),
            };
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

    // A party named on the asked side by one sentence; "R-Texas" of "Rep. Michael Conaway (R-Texas)" says where
    // someone sits, it is no one, and a question about countries lists only countries.
    private static void AddParty(Dictionary<string, (string Name, List<SentenceHit> Hits)> entities, string name, SentenceHit hit, bool countriesOnly)
    {
        var identity = NameFinder.Identity(name);
        if (identity.Length == 0 || NameFinder.IsPartyLabel(name) || (countriesOnly && !Actors.IsCountry(name)))
        {
            return;
        }

        if (!entities.TryGetValue(identity, out var entry))
        {
            entry = (name, []);
            entities[identity] = entry;
        }

        if (!entry.Hits.Any(h => h.Article.ArticleId == hit.Article.ArticleId && h.Position == hit.Position))
        {
            entry.Hits.Add(hit);
        }
    }

    /// <summary>
    /// The relations read from every stored article, not only the best-ranked sentences searched above: each party's
    /// stance on the target, newest first. A party on the asked side joins the answer with that evidence; a party whose
    /// newest stance is on the other side, stated after everything that put it on the asked side, has changed sides and
    /// is left out ("prefer newer evidence when stances change").
    /// </summary>
    private async Task AddStoredRelationsAsync(
        Dictionary<string, (string Name, List<SentenceHit> Hits)> entities, string target, IReadOnlyList<string> targetTerms, IReadOnlySet<string> targetWords, bool supporters, bool countriesOnly, CancellationToken cancellationToken)
    {
        var stored = await store.GetRelationsAsync(targetTerms, StoredRelations, cancellationToken);

        // The index matches stems ("Guaido's" and "Guaidos"); the target must hold the asked words themselves, or be a
        // shorter form of them ("Moore" for "Roy Moore") in an article that writes the whole name somewhere.
        var surname = Tokenizer.Words(target).LastOrDefault(targetWords.Contains);
        var read = stored.Select(r => (Relation: r, Whole: StanceExtractor.TargetWords(r.Target) is var words && targetWords.All(words.Contains),
            Shorter: surname is not null && words.Contains(surname) && words.All(targetWords.Contains))).ToList();
        var shorterIn = read.Where(r => !r.Whole && r.Shorter).Select(r => r.Relation.Evidence.Article.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        var naming = shorterIn.Count == 0 ? [] : (await store.GetSentencesAsync(shorterIn, cancellationToken))
            .GroupBy(h => h.Article.ArticleId, StringComparer.Ordinal)
            .Where(g => g.SelectMany(h => Tokenizer.Words(h.Text)).ToHashSet(StanceExtractor.TargetWordComparer) is var written && targetWords.All(written.Contains))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

        var newest = new Dictionary<string, StoredRelation>(StringComparer.Ordinal);
        foreach (var (relation, whole, shorter) in read)
        {
            if (!whole && !(shorter && naming.Contains(relation.Evidence.Article.ArticleId)))
            {
                continue;
            }

            newest.TryAdd(NameFinder.Identity(relation.Party), relation);
            if (relation.Supports == supporters)
            {
                AddParty(entities, relation.Party, relation.Evidence, countriesOnly);
            }
        }

        foreach (var (identity, relation) in newest)
        {
            if (relation.Supports != supporters && entities.TryGetValue(identity, out var entry)
                && entry.Hits.All(h => DateOf(h) < DateOf(relation.Evidence)))
            {
                entities.Remove(identity);
            }
        }
    }

    /// <summary>
    /// A target that is a thing the question names by words of its own, in lower case around its noun ("Trump's
    /// national emergency", "the 9/11 bill", "Trump's decision to withdraw from Syria"): a stance on it is read only in
    /// an article that writes all those words and its capitalized ones, and its noun near another of them or after
    /// its owner in one sentence or its title (see <see cref="WritesThing"/>: another article's "the bill" is
    /// another bill, and one that says "public outrage … this despicable decision" and "the decision" beside "the Obama
    /// administration" is not about "Obama's decision on public financing"; "the Indiana law" is Indiana's
    /// religious freedom law), and a sentence that names the thing's owner but none of its words is about the owner
    /// ("Bloomberg threw several jabs at Trump"). Evidence of neither kind is dropped, and a party left without
    /// evidence with it.
    /// </summary>
    private async Task KeepEvidenceOnTheThingAsync(
        Dictionary<string, (string Name, List<SentenceHit> Hits)> entities, (HashSet<string> Owner, List<string> Thing, string Head)? thingAsked, CancellationToken cancellationToken)
    {
        if (thingAsked is not var (owner, thingWords, thingHead) || entities.Count == 0)
        {
            return;
        }

        var thing = thingWords.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var head = Stemmer.Stem(thingHead);
        var articles = entities.Values.SelectMany(e => e.Hits).Select(h => h.Article.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var writeIt = (await store.GetSentencesAsync(articles, cancellationToken))
            .Concat(entities.Values.SelectMany(e => e.Hits))
            .GroupBy(h => h.Article.ArticleId, StringComparer.Ordinal)
            .Select(g => (Article: g.Key, Texts: g.Select(h => h.Text).Append(g.First().Article.Title)
                .Select(t => ReadForThing(t, thing, head, owner, stems))
                .ToList()))
            .Where(a => a.Texts.SelectMany(t => t.Found).Distinct(StringComparer.Ordinal).Count() == thing.Count
                && owner.All(o => a.Texts.Any(t => t.Owners.Contains(o)))
                && a.Texts.Any(t => t.WritesIt))
            .Select(a => a.Article)
            .ToHashSet(StringComparer.Ordinal);
        bool OnTheThing(SentenceHit hit) => writeIt.Contains(hit.Article.ArticleId)
            && !(owner.Count > 0 && Tokenizer.Words(hit.Text).Any(owner.Contains) && StemsOf(hit.Text, thing, stems).Count == 0);
        foreach (var (identity, (name, hits)) in entities.ToList())
        {
            var kept = hits.Where(OnTheThing).ToList();
            if (kept.Count == 0)
            {
                entities.Remove(identity);
            }
            else
            {
                entities[identity] = (name, kept);
            }
        }
    }

    // What a text holds of a thing asked about, from one reading of its words: the thing's words (by stem), the owner's
    // words it names, and whether it writes the thing (see WritesThing).
    private static (HashSet<string> Found, HashSet<string> Owners, bool WritesIt) ReadForThing(
        string text, HashSet<string> thing, string head, HashSet<string> owner, Dictionary<string, string> cache)
    {
        var words = Tokenizer.Words(text);
        var stems = words.Select(w => StemOf(w, cache)).ToList();
        return (
            stems.Where(thing.Contains).ToHashSet(StringComparer.Ordinal),
            words.Select(w => OwnerIn(w, owner)).OfType<string>().ToHashSet(StanceExtractor.TargetWordComparer),
            WritesThing(words, stems, thing, head, owner));
    }

    // The owner a word names, itself or by the people of it ("Iranians" for "Iran", "American" for "America"); null when none.
    private static string? OwnerIn(string word, HashSet<string> owner) =>
        owner.TryGetValue(word, out var named) ? named : owner.FirstOrDefault(o => IsPeopleOf(word, o));

    // Whether the word names the people of the place ("Iranians" of "Iran", "Koreans" of "Korea").
    private static bool IsPeopleOf(string word, string place) =>
        word.Length > place.Length && word.StartsWith(place, StringComparison.OrdinalIgnoreCase) && DemonymEndings.Contains(word[place.Length..]);

    // Whether a sentence writes the thing: its noun with another of its words at most three words away ("a minimum
    // wage hike" for "a higher minimum wage"), or after its owner ("Obama's decision", "accused Obama of conducting a
    // confusing policy") or, for a thing of one word, anywhere with it ("Trump's wall"); not "the decision" in a
    // sentence that mentions "the Obama administration" after it, nor "public outrage" seven words before it.
    private static bool WritesThing(List<string> words, List<string> stems, HashSet<string> thing, string head, HashSet<string> owner)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (stems[i] != head)
            {
                continue;
            }

            var ownerReach = thing.Count == 1 ? words.Count : i; // anywhere for a thing of one word, else before the noun
            if (words.Take(ownerReach).Any(w => OwnerIn(w, owner) is not null)
                || Enumerable.Range(Math.Max(0, i - ThingReach), Math.Min(words.Count, i + ThingReach + 1) - Math.Max(0, i - ThingReach)).Any(k => k != i && stems[k] != head && thing.Contains(stems[k])))
            {
                return true;
            }
        }

        return false;
    }

    // The words of a target that is a thing, lower case ("national", "emergency", "9", "11", "bill"; "programs" of "the
    // NSA programs"), and its owner's capitalized words ("Trump", "NSA"); null for a name ("the Tea Party", "the Stop
    // Internet Piracy act"), a bare noun ("the bill"), or what someone says or does that stands for them ("Steele's
    // comments", "Gorsuch's nomination").
    private (HashSet<string> Owner, List<string> Thing, string Head)? ThingAsked(string target)
    {
        // Its words of content: not "near" of "the mosque near ground zero", nor the possessive. Its noun is the head of
        // the phrase ("decision" of "Trump's decision to withdraw from Syria").
        var analysis = Models.Analyze(UdTokenizer.Tokenize(target));
        var words = Enumerable.Range(0, analysis.Words.Length)
            .Where(i => analysis.Upos[i] is "NOUN" or "PROPN" or "ADJ" or "NUM" or "VERB" or "X")
            .SelectMany(i => Tokenizer.Words(analysis.Words[i]))
            .Where(w => !StopWords.Contains(w.ToLowerInvariant()))
            .ToList();
        var thing = words.Where(w => !char.IsUpper(w[0])).Select(w => w.ToLowerInvariant()).ToList();
        var owner = words.Where(w => char.IsUpper(w[0])).ToHashSet(StanceExtractor.TargetWordComparer);
        var root = Array.IndexOf(analysis.Heads, 0);
        var isThing = words.Count >= 2 && root >= 0 && analysis.Upos[root] is "NOUN" or "VERB" && char.IsLower(analysis.Words[root][0])
            && (thing.Count >= 2 || owner.Count == 1 && !StanceCues.DoneForIt.Contains(thing[0]));
        return isThing ? (owner, thing, analysis.Words[root].ToLowerInvariant()) : null;
    }

    private static DateTimeOffset DateOf(SentenceHit hit) => hit.Article.Published ?? hit.Article.IngestedAt;

    /// <summary>
    /// One party under several forms of its name: "Arizona Sheriff Joe Arpaio" and "Controversial Arizona Sheriff Joe
    /// Arpaio", "Pelosi" and "Nancy Pelosi". A form whose words end a single longer form joins it, shown by the shorter
    /// of the two when that has a first name too; a surname that ends two different names ("Bush") stays apart.
    /// </summary>
    private static void MergeShorterForms(Dictionary<string, (string Name, List<SentenceHit> Hits)> entities)
    {
        foreach (var shorter in entities.Keys.OrderBy(k => k.Length).ToList())
        {
            var longer = entities.Keys.Where(k => k.Length > shorter.Length && k.EndsWith(" " + shorter, StringComparison.Ordinal)).Take(2).ToList();
            if (longer.Count != 1)
            {
                continue;
            }

            var (name, hits) = entities[shorter];
            var into = entities[longer[0]];
            var display = shorter.Contains(' ', StringComparison.Ordinal) ? name : into.Name;
            entities[longer[0]] = (display, [.. into.Hits, .. hits.Where(h => !into.Hits.Contains(h))]);
            entities.Remove(shorter);
        }
    }

    // A sentence worth reading for a pronoun standing for the target: a cue of the asked side and a personal pronoun,
    // but not the target's name (a sentence naming it was searched for already, and ranked).
    private static bool MayNameTargetByPronoun(string sentence, bool supporters, IReadOnlySet<string> targetWords)
    {
        var words = Tokenizer.Words(sentence);
        return !words.Any(targetWords.Contains) && HasCueOfSide(words, supporters) && words.Any(PersonalPronouns.Contains);
    }

    // The hits with those of one more search that are not among them yet, after them.
    private async Task<IReadOnlyList<SentenceHit>> WithMoreHitsAsync(IReadOnlyList<SentenceHit> hits, SearchQuery more, int limit, CancellationToken cancellationToken)
    {
        var known = hits.Select(h => (h.Article.ArticleId, h.Position)).ToHashSet();
        return [.. hits, .. (await store.SearchSentencesAsync(more, limit, cancellationToken)).Where(h => known.Add((h.Article.ArticleId, h.Position)))];
    }

    // The sentence writes a word of the target with a capital, and not as part of someone else's name: "Eric" in
    // "Attorney General Eric Holder" is not "Eric Cantor", "Trump" in "Donald Trump Jr." is not Donald Trump (a day
    // after the name, "Hillary Thursday", a party label or a title, "Indiana Gov. Mike Pence", does not make another name).
    private static bool NamesTarget(List<SentenceToken> tokens, IReadOnlySet<string> capitalized, IReadOnlySet<string> targetWords)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalized && IsTargetOrItsPeople(tokens[i].Text, capitalized)
                && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && !tokens[i].Possessive && !IsTargetOrItsPeople(tokens[i + 1].Text, targetWords)
                    && !TimeWords.Calendar.Contains(tokens[i + 1].Text) && !NameFinder.IsPartyLabel(tokens[i + 1].Text) && !NameFinder.Titles.Contains(tokens[i + 1].Text.TrimEnd('.'))))
            {
                return true;
            }
        }

        return false;
    }

    // A word of the target, or its people ("the South Koreans" for "South Korea", "Iranians" for "Iran").
    private static bool IsTargetOrItsPeople(string word, IReadOnlySet<string> targetWords) =>
        ParsedStanceExtractor.IsTargetWord(word, targetWords) || targetWords.Any(t => IsPeopleOf(word, t));

    // The hit writes the target's surname without any of its other names, and the sentence gives that surname another
    // first name ("endorsed Hillary Rodham Clinton" is not Bill Clinton), or its article names another person with
    // that surname in full ("Tim Ryan" for "Paul Ryan") more often than the target.
    private static bool BySurnameOfAnother(SentenceHit hit, string surname, IReadOnlySet<string> targetNames, Func<string, bool> articleMeansAnother)
    {
        if (Tokenizer.Words(hit.Text).Any(w => !w.Equals(surname, StringComparison.OrdinalIgnoreCase) && ParsedStanceExtractor.IsTargetWord(w, targetNames)))
        {
            return false;
        }

        var (target, others) = FullNames(SentenceToken.Tokenize(hit.Text), surname, targetNames);
        return others > 0 && target == 0 || articleMeansAnother(hit.Article.ArticleId);
    }

    // Whether the article names another person with the surname in full more often than the target (the target wins a tie).
    private static bool NamesAnotherMoreOften(IEnumerable<SentenceHit> article, string surname, IReadOnlySet<string> targetNames)
    {
        var (target, others) = (0, 0);
        foreach (var (t, o) in article.Select(s => FullNames(SentenceToken.Tokenize(s.Text), surname, targetNames)))
        {
            (target, others) = (target + t, others + o);
        }

        return others > target;
    }

    // How often the surname follows one of the target's first names, and how often another first name.
    private static (int Target, int Others) FullNames(List<SentenceToken> tokens, string surname, IReadOnlySet<string> targetNames)
    {
        var (target, others) = (0, 0);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Text.Equals(surname, StringComparison.OrdinalIgnoreCase))
            {
                target += ParsedStanceExtractor.IsTargetWord(tokens[i - 1].Text, targetNames) ? 1 : 0;
                others += IsAnotherFirstName(tokens[i - 1], targetNames) ? 1 : 0;
            }
        }

        return (target, others);
    }

    // A word before a surname that makes it someone else's: a first name ("Tim" Ryan); not a title ("Justice",
    // "Chairman"), an initial ("Roy S. Moore"), a day ("said Tuesday Ginsburg's comments"), an opening word ("But
    // Ryan") or a word of the target, nor a short form or a one-letter slip of the target's first name ("Jim" Mattis
    // for "James Mattis", "Kevin" for "Kevil" asked).
    private static bool IsAnotherFirstName(SentenceToken token, IReadOnlySet<string> targetNames) =>
        token.IsCapitalized && token.Text.Length > 2 && !token.Text.EndsWith('.') && !ParsedStanceExtractor.IsTargetWord(token.Text, targetNames)
        && !StopWords.Contains(token.Text.ToLowerInvariant()) && !NameFinder.Titles.Contains(token.Text) && !TimeWords.Calendar.Contains(token.Text)
        && Gazetteer.Default.KindOf(token.Text) is null or "first-name"
        && !targetNames.Any(t => Nicknames.Contains((t.ToLowerInvariant(), token.Text.ToLowerInvariant())) || Spelling.IsOneEditAway(t.ToLowerInvariant(), token.Text.ToLowerInvariant()));

    /// <summary>
    /// News reports a group's stance, then its members' words: "Republicans responded by dismissing the plan as little
    /// more than a cheap political gimmick. It's “a thinly veiled attempt to score political points,” said Republican
    /// National Committee Chairman Reince Priebus. “…,” said Senate Minority Leader Mitch McConnell, R-Kentucky." The
    /// named speakers of the quotations that directly follow a sentence giving a group (a plural of
    /// <see cref="NameFinder.GroupNouns"/>) a side take that side, up to the first sentence that is no quotation (one
    /// that opens with a quote mark and names no speaker goes on with the quotation before it); a speaker labelled
    /// with the other party ("D-Illinois" after Republicans) is not one of them, nor the target.
    /// </summary>
    private static IEnumerable<(SentenceHit Hit, List<string> Speakers)> ReactionQuotes(
        List<SentenceHit> ordered, List<List<string>> named, ILookup<string, SentenceHit> context, PassageReader passages, IReadOnlySet<string> targetWords, bool supporters)
    {
        var taken = ordered.Select(h => (h.Article.ArticleId, h.Position)).ToHashSet();
        for (var k = 0; k < ordered.Count; k++)
        {
            var groups = named[k].Where(n => IsGroup(n) && Tokenizer.Words(n) is { Count: > 0 } w && NameFinder.GroupNouns.Contains(w[^1])).ToList();
            if (groups.Count == 0)
            {
                continue;
            }

            var otherParty = groups.Select(g => Tokenizer.Words(g)[^1].ToLowerInvariant()).FirstOrDefault(g => g is "republicans" or "democrats") switch
            {
                "republicans" => (Words: new[] { "Democrat", "Democratic", "Democrats" }, Label: "D-"),
                "democrats" => (Words: ["Republican", "Republicans", "GOP"], Label: "R-"),
                _ => (Words: Array.Empty<string>(), Label: (string?)null),
            };
            var after = context[ordered[k].Article.ArticleId].Where(s => s.Position > ordered[k].Position).OrderBy(s => s.Position).Take(ReactionSentences);
            var expected = ordered[k].Position + 1;
            foreach (var next in after)
            {
                if (next.Position != expected++)
                {
                    break;
                }

                // Nor is one whose sentence speaks of the other side ("…,” said Maggie Gallagher, a founder of the
                // National Organization for Marriage, which opposes same-sex marriage).
                var speakers = HasCueOfSide(Tokenizer.Words(next.Text), !supporters) ? [] : ParsedStanceExtractor.QuotationSpeakers(passages.Read(next));
                if (speakers.Count == 0 && OpensQuoted(next.Text))
                {
                    continue; // the quotation before it, going on ("“By raising taxes on job creators, …”")
                }

                if (speakers.Count == 0)
                {
                    break;
                }

                var members = speakers
                    .Where(s => !s.SpeakerWords.Any(w => otherParty.Words.Contains(w, StringComparer.Ordinal) || otherParty.Label is { } label && w.StartsWith(label, StringComparison.Ordinal)))
                    .Select(s => s.Name)
                    .Where(n => !IsGroup(n) && !Tokenizer.Words(n).Any(w => ParsedStanceExtractor.IsTargetWord(w, targetWords)))
                    .ToList();
                if (members.Count > 0 && taken.Add((next.Article.ArticleId, next.Position)))
                {
                    yield return (next, members);
                }
            }
        }
    }

    private static bool OpensQuoted(string sentence) => sentence.TrimStart() is { Length: > 0 } text && text[0] is '"' or '“';

    // Named parties come before groups ("Several conservatives", "Most Americans", "House Democrats", "leaders"): a
    // long list of a widely criticized target's critics shows who they are first.
    private static bool IsGroup(string name)
    {
        var words = Tokenizer.Words(name);
        return words.Count == 0 || char.IsLower(words[^1][0]) || GroupOpeners.Contains(words[0])
            || NameFinder.GroupNouns.Contains(words[^1]) && !(words.Count > 1 && words[^2] == "United") // not "the United States"
            || Enumerable.Range(0, words.Count - 1).Any(i => (char.IsLower(words[i][0]) || NameFinder.GroupNouns.Contains(words[i])) && words[i + 1] is "of" or "in"); // "Members of Congress"
    }

    // A retrieved sentence that may say someone did the asked deed to the target: it names the target, and the verb
    // (or, for a verb of asking, any verb of asking), or the role of the one who does it ("attorney" for "represents").
    private static bool MayTellDeed(string sentence, string verb, HashSet<string> targetWords)
    {
        var words = Tokenizer.Words(sentence);
        return words.Any(w => targetWords.Contains(w) || ParsedStanceExtractor.IsOtherNumberOf(w, targetWords)) // "the ads" may be "the ad"
            && words.Any(w => ParsedStanceExtractor.IsDeedVerb(w, verb) || ParsedStanceExtractor.IsDoersRole(w, verb));
    }

    // The same for a noun the article gave the target ("the governor"), in a sentence that does not name it.
    private static bool MayNameTargetByDescription(string sentence, bool supporters, HashSet<string> targetWords, HashSet<string> descriptions)
    {
        if (descriptions.Count == 0)
        {
            return false;
        }

        // One that names the target by a capitalized word was read as it is ("the law" of "the Afghan Shia law" was not).
        var words = Tokenizer.Words(sentence);
        return !words.Any(w => char.IsUpper(w[0]) && targetWords.Contains(w)) && HasCueOfSide(words, supporters) && TargetDescriptions.Positions(words, descriptions).Any();
    }

    private static bool HasCueOfSide(List<string> words, bool supporters) =>
        Enumerable.Range(0, words.Count).Any(i => StanceCues.PrepositionCueLength(words, i, supporters) > 0) || (supporters
            ? words.Any(StanceCues.Support.Contains)
            : words.Any(w => StanceCues.MayOppose(w) || StanceCues.Dismissing.Contains(w) || StanceCues.CallingVerbs.Contains(w) || StanceCues.GoingNouns.Contains(w) || StanceCues.HarshJudgments.Contains(w)));

    // The sentence with each pronoun that stands for the target written as the target ("called for her resignation"
    // read as "called for Whitcombe resignation"), and each noun the article gave the target ("wrote to the governor"
    // read as "wrote to the Brewer"), so the parse-reading finds the target where the name would be; null when
    // nothing stands for it.
    private static SentenceAnalysis? AsTarget(SentenceAnalysis analysis, Func<int, string?> pronoun, string target, IReadOnlySet<string> targetWords, IReadOnlySet<string> descriptions)
    {
        var targetWord = Tokenizer.Words(target).LastOrDefault(targetWords.Contains);
        if (targetWord is null)
        {
            return null;
        }

        var words = (string[])analysis.Words.Clone();
        var found = false;
        for (var w = 0; w < words.Length; w++)
        {
            if (analysis.Upos[w] == "PRON" && PersonalPronouns.Contains(words[w])
                && pronoun(w) is { } name && Tokenizer.Words(name).Any(targetWords.Contains))
            {
                words[w] = targetWord;
                found = true;
            }
        }

        foreach (var w in TargetDescriptions.Positions(analysis.Words, descriptions))
        {
            words[w] = targetWord;
            found = true;
        }

        return found ? analysis with { Words = words } : null;
    }

    // The target with each word no stored article holds replaced by the stored word it most likely misspells
    // ("Guiado" → "Guaido"), written as the articles write it (the store knows stems); null when nothing changes.
    private async Task<string?> RespelledAsync(string target, IReadOnlyList<string> targetTerms, CancellationToken cancellationToken)
    {
        var corrections = await store.SuggestSpellingsAsync(targetTerms, cancellationToken);
        if (corrections.Count == 0)
        {
            return null;
        }

        var respelled = target;
        foreach (var (term, written) in await WrittenFormsAsync(corrections, cancellationToken))
        {
            respelled = WholeWord(term).Replace(respelled, written.Replace("$", "$$", StringComparison.Ordinal));
        }

        return respelled == target ? null : respelled;
    }

    // Each corrected word as the stored articles write the stem it was read as ("guaido" → "Guaido").
    private async Task<List<(string Term, string Written)>> WrittenFormsAsync(IReadOnlyList<SpellingCorrection> corrections, CancellationToken cancellationToken)
    {
        var stems = corrections.Select(c => c.Correction).ToList();
        var hits = await store.SearchSentencesAsync(new SearchQuery { Terms = stems, RequiredAny = [stems] }, WrittenFormSamples, cancellationToken);
        var words = hits.SelectMany(h => Tokenizer.Words(h.Text)).ToList();
        return corrections
            .Select(c => (c.Term, Written: words.FirstOrDefault(w => Stemmer.Stem(w.ToLowerInvariant()) == c.Correction)))
            .Where(c => c.Written is not null)
            .Select(c => (c.Term, c.Written!))
            .ToList();
    }

    /// <summary>
    /// Two-stage retrieval. BM25 over whole articles picks the candidates; their sentences are then read here.
    /// Candidates are re-ranked by the article's BM25 (relative to the best) plus how much of the question one
    /// sentence covers and how much of it the lead covers: questions are about what a story is about, and an
    /// answer sits in one place. A question word counts the more the fewer candidate sentences hold it. The result
    /// is every candidate sentence holding a question word, best article first and, within it, the sentence
    /// covering most of the question first (the earlier of two equal ones), with all the candidates' sentences (the
    /// context a pronoun in a hit is read in).
    /// </summary>
    private async Task<(List<SentenceHit> Hits, IReadOnlyList<SentenceHit> Sentences)> RetrieveAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var articles = await store.SearchArticlesAsync(new SearchQuery { Terms = terms }, CandidateArticles, cancellationToken);
        if (articles.Count == 0)
        {
            return ([], []);
        }

        var sentences = await store.GetSentencesAsync(articles.Select(a => a.Article.ArticleId).ToList(), cancellationToken);
        var stems = terms.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var cache = new Dictionary<string, string>(StringComparer.Ordinal);
        var matched = sentences
            .Select(h => (Hit: h, Stems: StemsOf(h.Text, stems, cache)))
            .Where(m => m.Stems.Count > 0)
            .ToList();
        var weights = stems.ToDictionary(
            s => s,
            s => Math.Log(1 + ((double)sentences.Count / (1 + matched.Count(m => m.Stems.Contains(s))))),
            StringComparer.Ordinal);
        var total = weights.Values.Sum();
        double Coverage(IEnumerable<string> found) => found.Sum(f => weights[f]) / total;

        var bestArticle = Math.Min(-1e-9, articles[0].Rank);
        var byArticle = matched.ToLookup(m => m.Hit.Article.ArticleId, StringComparer.Ordinal);
        var ranked = new List<(List<SentenceHit> Hits, double Score)>(articles.Count);
        foreach (var article in articles)
        {
            var covered = byArticle[article.Article.ArticleId].Select(m => (m.Hit, m.Stems, Coverage: Coverage(m.Stems))).ToList();
            var best = covered.Count == 0 ? 0 : covered.Max(c => c.Coverage);
            var lead = Coverage(covered.Where(c => c.Hit.Position < LeadSentences).SelectMany(c => c.Stems).Distinct(StringComparer.Ordinal));
            var score = (article.Rank / bestArticle) + (SentenceCoverageWeight * best) + (LeadCoverageWeight * lead);
            var hits = covered.OrderByDescending(c => c.Coverage).ThenBy(c => c.Hit.Position).Select(c => c.Hit).ToList();
            ranked.Add((hits, score));
        }

        return (ranked.OrderByDescending(r => r.Score).SelectMany(r => r.Hits).ToList(), sentences);
    }

    // The question's stems that occur in the sentence.
    private static HashSet<string> StemsOf(string sentence, HashSet<string> stems, Dictionary<string, string>? cache = null)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Tokenizer.Words(sentence))
        {
            var stem = StemOf(word, cache);
            if (stems.Contains(stem))
            {
                found.Add(stem);
            }
        }

        return found;
    }

    // A word's stem, through the cache when there is one.
    private static string StemOf(string word, Dictionary<string, string>? cache)
    {
        var lower = word.ToLowerInvariant();
        if (cache is null || !cache.TryGetValue(lower, out var stem))
        {
            stem = Stemmer.Stem(lower);
            cache?.Add(lower, stem);
        }

        return stem;
    }

    // The share of the question's terms (by stem) that the sentence holds.
    private static double MatchedShare(IReadOnlyList<string> terms, string sentence)
    {
        var stems = terms.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        return stems.Count == 0 ? 0 : StemsOf(sentence, stems).Count / (double)stems.Count;
    }

    private static Answer NoAnswer(string question) => new()
    {
        Question = question,
        Text = "I couldn't find anything in the stored articles that answers that.",
        Confidence = 0,
    };

    private static Citation ToCitation(SentenceHit hit) =>
        new(hit.Article.ArticleId, hit.Article.Title, hit.Article.Url, hit.Article.Source, hit.Article.Published, hit.Text);

    [GeneratedRegex(@"^(?:the\s+)?(?<owner>.+?)['’]s?\s+(?<owned>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveTarget();

    [GeneratedRegex(@"^(?:the\s+)?(?<owner>\p{Lu}.*?)\s+(?<owned>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerBeforeTarget();

    /// <summary>
    /// Sentences of the articles around the hits, each parsed once, and who a pronoun of one of them stands for: read
    /// from the sentences just before it, only when a pronoun is asked about.
    /// </summary>
    private sealed class PassageReader(LanguageModels models, ILookup<string, SentenceHit> context)
    {
        private static readonly HashSet<string> LedeArticles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

        private readonly Dictionary<(string, int), SentenceAnalysis> read = [];
        private readonly Dictionary<string, NounNames> described = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlySet<string>> names = new(StringComparer.Ordinal);

        public SentenceAnalysis Read(SentenceHit hit) =>
            read.TryGetValue((hit.Article.ArticleId, hit.Position), out var analysis)
                ? analysis
                : read[(hit.Article.ArticleId, hit.Position)] = models.Analyze(UdTokenizer.Tokenize(hit.Text), NamesIn(hit.Article.ArticleId));

        // The words the article writes only as names ("Schumer had praised…" after "Charles Schumer"), when its sentences are at hand.
        private IReadOnlySet<string>? NamesIn(string articleId) => !context.Contains(articleId) ? null
            : names.TryGetValue(articleId, out var found) ? found
            : names[articleId] = DocumentNames.Of(context[articleId].Select(h => h.Text));

        public Func<int, string?> Pronouns(SentenceHit hit)
        {
            var passage = new Lazy<List<SentenceAnalysis>>(() => context[hit.Article.ArticleId]
                .Where(h => h.Position >= hit.Position - PronounAntecedents.SentencesBefore && h.Position < hit.Position)
                .OrderBy(h => h.Position)
                .Select(Read)
                .Append(Read(hit))
                .ToList());
            return word => Read(hit) is var analysis && analysis.Upos[word] == "NOUN"
                ? TargetDescriptions.NameAt(analysis.Words, word, NamesByNoun(hit.Article.ArticleId), hit.Position) ?? LedeName(hit, DescriptionAt(analysis, word))
                : PronounAntecedents.NameFor(passage.Value, word);
        }

        // "A chief constable": the noun with its modifiers and its article.
        private static string[] DescriptionAt(SentenceAnalysis analysis, int noun)
        {
            var from = analysis.ModifiedFrom(noun);
            if (from > 0 && analysis.Heads[from - 1] - 1 == noun && analysis.Relations[from - 1] == "det")
            {
                from--;
            }

            return analysis.Words[from..(noun + 1)];
        }

        /// <summary>
        /// The person a news lede describes before naming ("The Lord Chancellor has defended…" then "Lord Falconer
        /// insists…"; "A chief constable has backed…" then "Norfolk police chief Andy Hayman also warned…"): for a
        /// description of at most four words ("the"/"a" and its noun) in one of an article's first two sentences, the
        /// first person named in the next two sentences with a word of the description in or right before the name.
        /// </summary>
        public string? LedeName(SentenceHit hit, IReadOnlyList<string> description)
        {
            // A description ends on a common noun or a title ("chief constable", "Lord Chancellor"), not on a name ("the
            // Liberal Democrats" is no description of their leader).
            if (hit.Position > 1 || description.Count is < 2 or > 4 || !LedeArticles.Contains(description[0])
                || !(char.IsLower(description[^1][0]) || NameFinder.Titles.Contains(description[^1])))
            {
                return null;
            }

            var described = description.Skip(1).Where(w => w.Length > 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var next in context[hit.Article.ArticleId].Where(s => s.Position > hit.Position && s.Position <= hit.Position + 2).OrderBy(s => s.Position))
            {
                var analysis = Read(next);
                foreach (var person in analysis.Entities.Where(e => e.Type == EntitySpan.Person && (e.Length > 1 || e.Start > 0)))
                {
                    var from = Math.Max(0, person.Start - 3); // up to three words before the name, and the name but its last word
                    if (Enumerable.Range(from, person.End - 1 - from).Any(w => described.Contains(analysis.Words[w])))
                    {
                        return person.Name(analysis.Words);
                    }
                }
            }

            return null;
        }

        // "the president" in an article that wrote "President Donald Trump" (and no other president before it).
        private NounNames NamesByNoun(string articleId) =>
            described.TryGetValue(articleId, out var names) ? names : described[articleId] = TargetDescriptions.NamesByNoun(context[articleId].Select(h => (h.Position, h.Text)));
    }
}
