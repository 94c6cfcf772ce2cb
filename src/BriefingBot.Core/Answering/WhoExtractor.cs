using System.Text.RegularExpressions;
using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Corpus;
using BriefingBot.Core.Language.Entities;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Answers a "who" question from retrieved sentences: the recognizer's people (then organizations, then places)
/// in each sentence that the question does not already name, scored by how early the sentence was retrieved,
/// how close the name stands to the words the question shares with the sentence, and whether the name is the
/// subject or object of one of those words.
/// </summary>
public static partial class WhoExtractor
{
    private const int MaxSentences = 6;

    // A described party that fills the asked part of the question's verb: about a named person in the same place
    // (1.0 for the type and 0.75 for the part), a little below.
    private const double CommonNounWeight = 1.6;

    // A name reached through a pronoun is less sure than one written in the sentence.
    private const double ResolvedPronounPenalty = 0.2;

    // The speaker of a quotation holding the question's words is its doer, as a subject of the asked verb is.
    private const double SpeakerScore = 0.75;
    private const int MaxDistance = 20; // words between a name and the question's words that still count

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "him", "her", "them" };

    // What a lede's opening description leaves out: its relative clauses and asides, but not what it is accused of
    // ("the man accused of killing…").
    private static readonly HashSet<string> OutsideTheOpening = new(StringComparer.Ordinal) { "acl:relcl", "appos", "parataxis", "punct", "dep", "conj", "cc" };

    private static readonly HashSet<string> OutsideAParty = new(StringComparer.Ordinal) { "acl:relcl", "acl", "appos", "parataxis", "advcl", "punct", "dep" };

    // Words that, written before a name, give its holder's office rather than the name ("Eastvale Mayor Lena Marsh").
    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "mayor", "coach", "chief", "chairman", "chairwoman", "director", "judge", "justice", "ambassador", "commander",
        "spokesman", "spokeswoman", "leader", "head", "manager", "captain", "officer", "attorney", "lawyer", "professor",
        "bishop", "pope", "cardinal", "sheriff", "lawmaker", "administrator", "founder", "executive", "ceo", "premier",
        "speaker", "candidate", "adviser", "advisor", "envoy", "prosecutor", "detective", "sergeant", "admiral",
    };

    // What a title noun's phrase leaves out: the name itself, clauses, prepositions and anything after a comma.
    private static readonly HashSet<string> TitleOutside = new(StringComparer.Ordinal)
    {
        "appos", "flat", "acl", "acl:relcl", "nmod", "conj", "cc", "punct", "case", "advcl", "parataxis", "nummod",
    };

    // Nouns for a person, which a lede may open on before it gives the name ("the man accused of…").
    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "man", "woman", "boy", "girl", "teenager", "teen", "child", "person", "suspect", "editor", "worker", "player",
        "student", "father", "mother", "son", "daughter", "husband", "wife", "actor", "actress", "singer", "star",
        "soldier", "officer", "journalist", "reporter", "doctor", "nurse", "teacher", "pilot", "driver", "victim",
        "survivor", "leader", "activist", "official", "lawyer", "judge", "executive", "businessman", "businesswoman",
        "billionaire", "millionaire", "athlete", "politician", "lawmaker", "senator", "candidate", "priest", "cleric",
        "bishop", "writer", "author", "artist", "musician", "rapper", "model", "chef", "coach", "defendant", "inmate",
        "prisoner", "gunman", "bomber", "hacker", "blogger", "dissident", "mayor", "governor", "president", "minister",
        "founder", "chief", "director", "producer", "filmmaker", "photographer", "scientist", "researcher", "professor",
        "surgeon", "veteran", "marine", "sailor", "climber", "explorer", "astronaut", "heiress", "heir", "entrepreneur",
        "investor", "banker", "trader", "analyst", "employee", "volunteer", "mom", "dad", "grandmother", "grandfather",
    };

    // Titles news writes for the same role ("Clinton attorney David Kendall" answers "who is Clinton's lawyer"), by stem.
    private static readonly ILookup<string, string> SameTitles = new[]
    {
        new[] { "lawyer", "attorney", "counsel" }, ["spokesman", "spokeswoman", "spokesperson"], ["doctor", "physician"],
    }
        .SelectMany(titles => titles.SelectMany(title => titles.Where(same => same != title).Select(same => (Title: title, Same: same))))
        .ToLookup(p => Stemmer.Stem(p.Title), p => Stemmer.Stem(p.Same), StringComparer.Ordinal);

    // Words that end the noun phrase of the title a question asks about ("the mayor | of Buffalo").
    private static readonly HashSet<string> TitleEnds = new(StringComparer.Ordinal)
    {
        "of", "in", "at", "for", "to", "on", "from", "with", "under", "by", "who", "that", "which", "whose", "when", "where",
        "during", "after", "before", "since", "and", "or",
    };

    /// <summary>The retrieved sentences a "who" answer is looked for in (the first few), tagged and parsed once for both kinds.</summary>
    public static IReadOnlyList<(SentenceHit Hit, SentenceAnalysis Analysis)> Read(IReadOnlyList<SentenceHit> hits, LanguageModels models)
    {
        ArgumentNullException.ThrowIfNull(models);
        return Read(hits, h => models.Analyze(UdTokenizer.Tokenize(h.Text)));
    }

    /// <summary>The same, each sentence read by the caller (who may know its article).</summary>
    public static IReadOnlyList<(SentenceHit Hit, SentenceAnalysis Analysis)> Read(IReadOnlyList<SentenceHit> hits, Func<SentenceHit, SentenceAnalysis> read)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(read);
        return hits.Take(MaxSentences).Select(h => (h, read(h))).ToList();
    }

    /// <summary>
    /// What a "who did X to Y" question asks about, read from its parse: the verb "who" is the subject of, the words
    /// of its object (the target), and the verb under it, if any ("who urged Brewer to veto the bill": urged, Brewer,
    /// veto); null for a question of another shape ("who is the mayor", "who was arrested").
    /// </summary>
    public static (string Verb, HashSet<string> Target, string? Complement)? AskedDeed(SentenceAnalysis question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var who = Array.FindIndex(question.Words, w => w.Equals("who", StringComparison.OrdinalIgnoreCase));
        var verb = who >= 0 && question.Relations[who] == "nsubj" ? question.Heads[who] - 1 : -1;
        if (verb < 0 || question.Upos[verb] != "VERB")
        {
            return null;
        }

        // "who did Trump invite", which the parser may read with two subjects, asks for the one done to.
        var dependents = question.Dependents(verb).ToList();
        var target = dependents.FirstOrDefault(d => question.Relations[d] is "obj" or "iobj" or "obl" && question.Upos[d] is "PROPN" or "NOUN", -1);
        if (target < 0 || dependents.Any(d => d != who && question.Relations[d] is "nsubj" or "nsubj:pass"))
        {
            return null;
        }

        var words = Enumerable.Range(0, question.Words.Length)
            .Where(w => (w == target || question.IsWithin(w, target)) && question.Relations[w] is not ("det" or "case" or "punct" or "cc") && question.Upos[w] is "PROPN" or "NOUN" or "ADJ");
        var targetWords = StanceExtractor.TargetWords(string.Join(' ', words.Select(w => question.Words[w])));
        // "who urged Brewer to veto the bill": veto; "who called the declaration a power grab": grab.
        var complement = dependents.FirstOrDefault(d => question.Relations[d] is "xcomp" or "advcl"
            && (question.Upos[d] == "VERB" || question.Upos[d] == "NOUN" && StanceCues.NamingVerbs.Contains(question.Words[verb])), -1);
        return targetWords.Count == 0 ? null : (question.Words[verb], targetWords, complement >= 0 ? question.Words[complement] : null);
    }

    /// <summary>
    /// What a "who did X do" question asks about, read from its words (the parser often takes the bare verb after a
    /// name for a noun): the verb, the words of the name that did it, and the verb under it, if any ("who did Clinton
    /// encourage to listen to Pelosi": encourage, Clinton, listen); null for a question of another shape or without a
    /// name for the doer.
    /// </summary>
    public static (string Verb, HashSet<string> Doer, string? Complement)? AskedObjectDeed(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var match = ObjectDeedAsked().Match(question);
        if (!match.Success)
        {
            return null;
        }

        var doer = StanceExtractor.TargetWords(match.Groups["doer"].Value);
        var complement = match.Groups["complement"].Success ? match.Groups["complement"].Value : null;
        return doer.Count == 0 ? null : (match.Groups["verb"].Value, doer, complement);
    }

    /// <summary>The best name and the sentence it came from, or null when no sentence names anyone new.</summary>
    /// <remarks>
    /// A personal pronoun in the asked part ("He also denied…") is named by <paramref name="pronoun"/> (given the hit
    /// and the word: the name it stands for, or null), scored a little below a name in that part. A name whose
    /// identity (<see cref="NameFinder.Identity"/>) ends in the last word of one in <paramref name="excluded"/> is
    /// passed over ("Navy Adm. Michael Mullen" after "Michael Mullen"): the next best.
    /// </remarks>
    public static (string Name, SentenceHit Hit)? Find(
        string question, IReadOnlyList<string> terms, IReadOnlyList<(SentenceHit Hit, SentenceAnalysis Analysis)> read, Func<SentenceHit, int, string?>? pronoun = null,
        bool holdersOnly = false, IReadOnlySet<string>? excluded = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(read);
        var questionWords = Tokenizer.Words(question).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var stems = terms.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var role = RoleAsked(question);
        var questionStems = questionWords.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var titleStems = role == Role.Titled ? TitleAskedStems(question, stems) : stems;
        var titleModifier = role == Role.Titled && titleStems != stems ? TitleModifierAsked(question) : null;
        var asksSaying = role == Role.Doer && questionWords.Any(StanceCues.IsJudging);
        bool Excluded(string name) => excluded is not null && NameFinder.Identity(name).Split(' ')[^1] is var last && excluded.Any(e => e.Split(' ')[^1] == last);
        (string Name, SentenceHit Hit)? best = null;
        var bestScore = double.NegativeInfinity;
        for (var rank = 0; rank < read.Count; rank++)
        {
            var (hit, analysis) = read[rank];
            var words = analysis.Words;
            var matched = Enumerable.Range(0, words.Length).Where(i => stems.Contains(Stemmer.Stem(words[i].ToLowerInvariant()))).ToList();
            if (matched.Count == 0)
            {
                continue;
            }

            // A kind of title asked for is held by someone in a sentence that names the title ("who is Abu-Jamal's defense
            // attorney" is not answered by "Mumia Abu-Jamal sits on Pennsylvania's death row"). (Not every title: "who was
            // the person to be on a milk carton" names no title a sentence would hold.)
            if (titleModifier is not null && !words.Any(w => titleStems.Contains(Stemmer.Stem(w.ToLowerInvariant()))))
            {
                continue;
            }

            // "who called the declaration a power grab": "“This is plainly a power grab,” Pelosi and Schumer said".
            var speakers = asksSaying
                ? Quotations.Attributed(analysis).Where(q => matched.Any(m => m >= q.Start && m < q.End && char.IsLower(words[m][0]) && !StanceCues.IsJudging(words[m].ToLowerInvariant()))).ToList()
                : [];
            foreach (var entity in analysis.Entities.Concat(TitledNames(analysis)).Select(e => ApposedName(analysis, e) ?? e).Distinct())
            {
                // The question already names it when it holds the name itself; a title or place before the name does
                // not count ("Buffalo Mayor Byron Brown" is new to "who is the mayor of Buffalo").
                if (NameWords(analysis, entity).Select(i => words[i].ToLowerInvariant()).Any(w => !StopWords.Contains(w) && questionStems.Contains(Stemmer.Stem(w))))
                {
                    continue;
                }

                // A span the recognizer closed on a title ("Arkansas Republican Gov." before "Asa Hutchinson") names no one.
                if (NameFinder.Titles.Contains(words[entity.End - 1].TrimEnd('.')))
                {
                    continue;
                }

                // The title's owner is not its holder: "State Department" of "State Department lawyers" for "who is
                // Clinton's lawyer", "White House" of "White House spokesman Josh Earnest".
                if (role == Role.Titled && OwnsTitle(analysis, entity, titleStems))
                {
                    continue;
                }

                // "who is Abu-Jamal's defense attorney": "Philadelphia District Attorney Lynne Abraham" holds another kind
                // of the title. "His chief defense attorney, Robert Bryan": a title a pronoun owns is the asked owner's
                // only where the pronoun stands for them.
                if (role == Role.Titled && (titleModifier is not null && HoldsOtherKind(analysis, entity, titleStems, titleModifier, questionStems)
                    || pronoun is not null && TitlePronounOwner(analysis, entity, titleStems) is var owner and >= 0
                        && !(pronoun(hit, owner) is { } ownerName && Tokenizer.Words(ownerName).Any(w => questionStems.Contains(Stemmer.Stem(w.ToLowerInvariant()))))))
                {
                    continue;
                }

                // A quotation's speaker stands as near its words as a verb's subject does.
                var speaks = speakers.Any(q => entity.Start >= q.SpeakerStart && entity.End <= q.SpeakerEnd);
                // A question word in the name's own title ("Tory" of "Tory leader Michael Howard" for "… among senior
                // Tories") puts it no nearer what was asked, but for a question that asks for a title.
                var around = role == Role.Titled ? matched : matched.Where(i => i < entity.Start || i >= entity.End).ToList();
                var distance = speaks ? 0 : around.Count == 0 ? MaxDistance : around.Min(i => i < entity.Start ? entity.Start - i : i - entity.End + 1);
                var roleScore = speaks ? SpeakerScore : RoleScore(analysis, entity, matched, role, stems, titleStems);
                if (holdersOnly && role == Role.Titled && (roleScore <= 0 || entity.Type == EntitySpan.Place)) // a place holds no title
                {
                    continue;
                }

                var score = -rank - (0.15 * Math.Min(distance, MaxDistance)) + TypeWeight(entity.Type) + roleScore;
                if (score > bestScore && WithConjuncts(analysis, entity, questionWords, role) is var named && !Excluded(named))
                {
                    bestScore = score;
                    best = (named, hit);
                }
            }

            if (pronoun is not null && role is Role.Doer or Role.DoneTo)
            {
                // "“…a double dip,” he told reporters": a pronoun that speaks a quotation holding the question's words too.
                var speaking = speakers.SelectMany(q => Enumerable.Range(q.SpeakerStart, q.SpeakerEnd - q.SpeakerStart))
                    .Where(w => analysis.Upos[w] == "PRON" && PersonalPronouns.Contains(words[w]));
                foreach (var word in PronounsInPart(analysis, matched, role).Concat(speaking).Distinct())
                {
                    var score = -rank + TypeWeight(EntitySpan.Person) + (role == Role.Doer ? 0.75 : 0.9) - ResolvedPronounPenalty;
                    if (score > bestScore && pronoun(hit, word) is { } name && !Excluded(name)
                        && !Tokenizer.Words(name).Any(w => !StopWords.Contains(w.ToLowerInvariant()) && questionStems.Contains(Stemmer.Stem(w.ToLowerInvariant()))))
                    {
                        bestScore = score;
                        best = (name, hit);
                    }
                }
            }

            // "Thousands of opposition demonstrators marched in Kiev": the people who did (or had done to them) what
            // the question asks about are often described, not named.
            if (role != Role.Titled && DescribedParty(analysis, matched, role, questionWords) is { } party && CommonNounWeight - rank > bestScore && !Excluded(party))
            {
                bestScore = CommonNounWeight - rank;
                best = (party, hit);
            }
        }

        return best;
    }

    // Whether a dependent of the verb is the part asked for: its doer (a subject; "nsubj:pass" on a verb the parser gave
    // no passive auxiliary), or the one it was done to.
    private static bool FillsPart(SentenceAnalysis analysis, int verb, int dependent, Role role)
    {
        var relation = analysis.Relations[dependent];
        var passive = analysis.Dependents(verb).Any(d => analysis.Relations[d] == "aux:pass");
        return role == Role.Doer
            ? relation == "nsubj" || (relation == "nsubj:pass" && !passive)
            : relation is "obj" or "iobj" || (relation == "nsubj:pass" && passive);
    }

    // Personal pronouns that are the asked part of a verb the question shares: "He" in "He also denied…".
    private static IEnumerable<int> PronounsInPart(SentenceAnalysis analysis, List<int> matched, Role role)
    {
        foreach (var verb in matched.Where(i => analysis.Upos[i] == "VERB"))
        {
            foreach (var d in analysis.Dependents(verb).Where(d => analysis.Upos[d] == "PRON" && PersonalPronouns.Contains(analysis.Words[d]) && FillsPart(analysis, verb, d, role)))
            {
                yield return d;
            }
        }
    }

    // "Chrysler and General Motors announced": the chosen name and the names coordinated with it, as written.
    private static string WithConjuncts(SentenceAnalysis analysis, EntitySpan entity, HashSet<string> questionWords, Role role)
    {
        var words = analysis.Words;
        var members = analysis.Entities
            .Where(e => e != entity && e.Type == entity.Type && Coordinated(analysis, HeadOf(analysis, entity), HeadOf(analysis, e)))
            .Where(e => role != Role.Titled || NameWords(analysis, e).First() == e.Start) // "Mayor Lena Ortiz, Vice Mayor Paul Hale": each holds their own
            .Union(role == Role.Titled ? [] : Listed(analysis, entity)) // one holder of a title is asked for
            .Where(e => ApposedName(analysis, e) is null) // a description set beside a name is no other name
            .Append(entity) // which may be a name the recognizer left out (TitledNames)
            .OrderBy(e => e.Start)
            .Select(e => (Start: AfterAskedWords(words, e, questionWords), End: ExtendedByApposedName(analysis, e)))
            .ToList();
        var names = members.Select(e => new EntitySpan(e.Start, e.End, entity.Type).Name(words)).ToList();
        return names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]} and {names[1]}",
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    // The names of the entity's type listed with it, as written, whatever the parse made of the list: "from Wisconsin
    // Chairman Reince Priebus, former Co-Chairwoman Ann Wagner, longtime official Maria Cino and former Director Gentry
    // Collins". Items are parted by commas, "and" and "or"; each holds no verb or pronoun and ends in a name of the type.
    private static HashSet<EntitySpan> Listed(SentenceAnalysis analysis, EntitySpan entity)
    {
        var words = analysis.Words;
        bool IsSeparator(int w) => words[w] is "," or "and" or "or";
        bool Ends(int w) => IsSeparator(w) || analysis.Upos[w] == "PUNCT";

        // The entity's own item: from the separator before it to the one after.
        var first = entity.Start;
        while (first > 0 && !Ends(first - 1))
        {
            first--;
        }

        var listed = new HashSet<EntitySpan>();
        if (entity.End < words.Length && !Ends(entity.End))
        {
            return listed; // the name runs on into more words: no list item
        }

        foreach (var step in new[] { -1, 1 })
        {
            var edge = step > 0 ? entity.End : first - 1;
            while (true)
            {
                var at = edge;
                var separated = false;
                while (at >= 0 && at < words.Length && IsSeparator(at))
                {
                    separated = true;
                    at += step;
                }

                if (!separated || at < 0 || at >= words.Length || Ends(at))
                {
                    break;
                }

                var far = at;
                while (far + step >= 0 && far + step < words.Length && !Ends(far + step))
                {
                    far += step;
                }

                var (start, last) = step > 0 ? (at, far) : (far, at);

                // The list's first item opens after the preposition that brings the list in ("challenges for his job
                // from Wisconsin Chairman Reince Priebus, …"): no item comes before it.
                var opening = step < 0 ? Enumerable.Range(start, last - start + 1).LastOrDefault(w => analysis.Upos[w] == "ADP", -1) : -1;
                if (opening >= 0)
                {
                    start = opening;
                }

                var item = analysis.Entities.Where(e => e.Type == entity.Type && e.End == last + 1 && e.Start >= start)
                    .Concat(UnfoundName(analysis, start, last + 1, entity.Type)).ToList();
                // (An aside is no item: "McNamara, the architect of the war under Presidents Kennedy and Johnson"; an
                // item may open on a determiner or on the preposition that brings in the whole list.)
                if (item.Count == 0 || Enumerable.Range(start, last - start + 1).Any(w => analysis.Upos[w] is "VERB" or "AUX" or "PRON" or "SCONJ" || analysis.Upos[w] is "DET" or "ADP" && w != start))
                {
                    break;
                }

                listed.Add(item[0]);
                if (opening >= 0)
                {
                    break;
                }

                edge = step > 0 ? last + 1 : start - 1;
            }
        }

        return listed;
    }

    // A list item the recognizer found no name in that ends in two or more proper nouns, after its last title or
    // office ("former RNC Co-Chairwoman Ann Wagner"): a name of the list's type.
    private static IEnumerable<EntitySpan> UnfoundName(SentenceAnalysis analysis, int start, int end, string type)
    {
        var first = end;
        while (first > start && analysis.Upos[first - 1] == "PROPN" && !analysis.Entities.Any(e => first - 1 >= e.Start && first - 1 < e.End)
            && !NameFinder.Titles.Contains(analysis.Words[first - 1].TrimEnd('.')) && !Offices.Contains(analysis.Words[first - 1]) && !analysis.Words[first - 1].Contains('-', StringComparison.Ordinal))
        {
            first--;
        }

        if (end - first >= 2)
        {
            yield return new EntitySpan(first, end, type);
        }
    }

    // "Senator" + "Paul Whitcombe" read as two names in apposition: one name.
    private static int ExtendedByApposedName(SentenceAnalysis analysis, EntitySpan entity)
    {
        var next = analysis.Entities.FirstOrDefault(e => e.Start == entity.End);
        var head = next.Length > 0 ? HeadOf(analysis, next) : -1;
        return head >= 0 && analysis.Relations[head] == "appos" && analysis.Heads[head] - 1 >= entity.Start && analysis.Heads[head] - 1 < entity.End ? next.End : entity.End;
    }

    private static bool Coordinated(SentenceAnalysis analysis, int a, int b) =>
        a != b && (analysis.Heads[b] - 1 == a && analysis.Relations[b] == "conj"
            || analysis.Heads[a] - 1 == b && analysis.Relations[a] == "conj"
            || analysis.Heads[a] == analysis.Heads[b] && analysis.Relations[a] == "conj" && analysis.Relations[b] == "conj");

    private static int HeadOf(SentenceAnalysis analysis, EntitySpan entity) => GumEntities.HeadOf(analysis.Heads, entity.Start, entity.End);

    /// <summary>
    /// For "who is X": what the retrieved sentences say X is — an apposition ("X, the Formula One chief,"), a
    /// copular predicate ("X is a member of parliament") or the title before the name ("Irish Prime Minister X").
    /// </summary>
    public static (string Description, SentenceHit Hit)? Describe(IReadOnlyList<string> subject, IReadOnlyList<(SentenceHit Hit, SentenceAnalysis Analysis)> read)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(read);
        var names = subject.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var last = subject[^1].ToLowerInvariant();
        foreach (var (hit, analysis) in read)
        {
            var words = analysis.Words;
            // The subject as a name: its last word capitalized in the text ("who is Italy coach" asks for a name,
            // and "the Italy coach" does not name anyone).
            var head = Enumerable.Range(0, words.Length).LastOrDefault(i => IsLastNameWord(words[i], names, last) && (i + 1 == words.Length || !IsNameWord(words[i + 1], names)), -1);
            if (head < 0 || IsAnotherPerson(analysis, head, subject))
            {
                continue; // not there, or another person of that name ("Lindsay Lohan" for "Michael Lohan")
            }

            // The name's own head: "Marta Kessler" hangs on "Marta" (flat), and so does what describes her; so does
            // "Maduro" on the "Nicolas" the question left out, when it is the name word right before (not a title).
            while (analysis.Relations[head] is "flat" or "compound" && analysis.Heads[head] > 0
                && (IsNameWord(words[analysis.Heads[head] - 1], names) || IsFirstName(analysis, head, analysis.Heads[head] - 1)))
            {
                head = analysis.Heads[head] - 1;
            }

            var description = Apposition(analysis, head) ?? Predicate(analysis, head) ?? Title(analysis, head, names);
            if (description is { } span && span.End > span.Start)
            {
                return (UdTokenizer.Detokenize(words, span.Start, span.End), hit);
            }
        }

        return null;
    }

    /// <summary>
    /// The person a news lede opens on without naming ("A 47-year-old charity worker who says she has never been
    /// kissed is now…"): the subject of its main clause, a person noun with words that make it someone in particular
    /// ("a judge" alone is anyone), and no name beside it; null when the lede names the subject or anyone else as its
    /// subject. The caller knows the article names the subject further down.
    /// </summary>
    public static string? OpeningDescription(IReadOnlyList<string> subject, SentenceAnalysis lede)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(lede);
        var names = subject.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var words = lede.Words;
        if (words.Any(w => IsNameWord(w, names)))
        {
            return null;
        }

        // The main clause, or the clause reported in it ("The man accused of … is insane, police said").
        var root = Array.IndexOf(lede.Heads, 0);
        var clauses = root < 0 ? [] : lede.Dependents(root).Where(d => lede.Relations[d] is "ccomp" or "parataxis").Prepend(root);
        // A parse may also take the opening noun for the root, hanging the rest of the clause on its relative clause.
        var noun = clauses.SelectMany(c => lede.Dependents(c).Where(d => lede.Relations[d] is "nsubj" or "nsubj:pass").Take(1))
            .Append(root)
            .FirstOrDefault(d => d >= 0 && lede.Upos[d] == "NOUN", -1);
        if (noun < 0 || !PersonNouns.Contains(words[noun]) || IsNamed(lede, noun)
            || !lede.Dependents(noun).Any(d => lede.Upos[d] == "DET")
            || !lede.Dependents(noun).Any(d => lede.Relations[d] is "amod" or "compound" or "nmod" or "acl" or "nummod"))
        {
            return null;
        }

        var (start, end) = Trim(lede, Subtree(lede, noun, OutsideTheOpening));
        return end > start && end - start <= 20 ? UdTokenizer.Detokenize(words, start, end) : null;
    }

    /// <summary>
    /// The first longer name for a person the sentences (in article order) give with this surname as its last word
    /// ("John P. Murtha", "Rep. Tom Lantos"), or null.
    /// </summary>
    public static string? FullName(string surname, IEnumerable<SentenceAnalysis> sentences)
    {
        ArgumentNullException.ThrowIfNull(surname);
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var analysis in sentences)
        {
            foreach (var entity in analysis.Entities.Where(e => e.Type == EntitySpan.Person))
            {
                var name = entity.Name(analysis.Words);
                if (name.Length > surname.Length && name.EndsWith(" " + surname, StringComparison.Ordinal))
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>The first read sentence that names the subject (its last word capitalized), or null.</summary>
    public static SentenceHit? Naming(IReadOnlyList<string> subject, IReadOnlyList<(SentenceHit Hit, SentenceAnalysis Analysis)> read)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(read);
        var names = subject.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var last = subject[^1].ToLowerInvariant();
        return read.FirstOrDefault(r => Enumerable.Range(0, r.Analysis.Words.Length).Any(i => IsLastNameWord(r.Analysis.Words[i], names, last) && !IsAnotherPerson(r.Analysis, i, subject))).Hit;
    }

    // "Lindsay Lohan" where the question asks for "Michael Lohan": a first name before the surname that none of the
    // question's other words could be (a misspelling or initials start with the same letter: "ginzalo", "K.J.").
    private static bool IsAnotherPerson(SentenceAnalysis analysis, int last, IReadOnlyList<string> subject) =>
        subject.Count > 1 && last > 0 && IsFirstName(analysis, last, last - 1)
        && !subject.Take(subject.Count - 1).Any(w => char.ToLowerInvariant(w[0]) == char.ToLowerInvariant(analysis.Words[last - 1][0]));

    // A name word right before the word that the gazetteer lists as a first name or not at all ("Nicolas" of
    // "Nicolas Maduro", "Gonzalo"); titles read as names ("Leader", "Attorney"), places and organizations are not.
    private static bool IsFirstName(SentenceAnalysis analysis, int word, int governor) =>
        governor == word - 1 && analysis.Upos[governor] == "PROPN" && Gazetteer.Default.KindOf(analysis.Words[governor]) is null or "first-name";

    // The subject's last word ("Lippi" of "Marcelo Lippi", "al-Maliki" of "al maliki"), capitalized as a name is
    // (in a hyphenated name, any part may carry the capital: "al-Maliki").
    private static bool IsLastNameWord(string word, HashSet<string> names, string last) =>
        word.Split('-').Any(p => p.Length > 0 && char.IsUpper(p[0])) && IsNameWord(word, names) && word.ToLowerInvariant().EndsWith(last, StringComparison.Ordinal);

    // A word of the subject's name, in any case; a hyphenated one when each part is ("al-Maliki" for "al maliki"),
    // which a dash ("--") is not: it has no parts.
    private static bool IsNameWord(string word, HashSet<string> names) =>
        names.Contains(word.ToLowerInvariant()) || Tokenizer.IsHyphenatedOf(word, p => names.Contains(p.ToLowerInvariant()));

    // "Bernie Ecclestone, the Formula One chief, said": the appositive's own phrase.
    private static (int Start, int End)? Apposition(SentenceAnalysis analysis, int head)
    {
        var appos = analysis.Dependents(head).FirstOrDefault(d => analysis.Relations[d] == "appos" && d > head && analysis.Upos[d] == "NOUN", -1);
        return appos < 0 ? null : Trim(analysis, Subtree(analysis, appos));
    }

    // "Geert Wilders is a member of the Dutch parliament": the predicate the name is the subject of.
    private static (int Start, int End)? Predicate(SentenceAnalysis analysis, int head)
    {
        var predicate = analysis.Heads[head] - 1;
        if (predicate <= head || analysis.Relations[head] != "nsubj" || !analysis.Dependents(predicate).Any(d => analysis.Relations[d] == "cop")
            || analysis.Upos[predicate] != "NOUN")
        {
            return null;
        }

        var cop = analysis.Dependents(predicate).First(d => analysis.Relations[d] == "cop");
        var (_, end) = Subtree(analysis, predicate);
        // Cut where a coordinated or further clause starts, with its own words ("and their" of "and their families").
        var clause = analysis.Dependents(predicate).Where(d => d > predicate && analysis.Relations[d] is "conj" or "parataxis" or "advcl" or "punct" && analysis.Words[d] != "-")
            .Select(d => Math.Max(predicate + 1, Subtree(analysis, d).Start)).DefaultIfEmpty(end).Min();
        return Trim(analysis, (cop + 1, Math.Min(end, clause == end ? end : clause)));
    }

    // "Irish Prime Minister Brian Cowen", "R&B singer Jazmine Sullivan": the words of the name's phrase before the
    // name itself. The parse may hang the name on the title instead ("football manager" ← appos "Carlo Ancelotti",
    // "the talent judge" ← "Simon Cowell"); then the title is that noun with its modifiers, less any article.
    private static (int Start, int End)? Title(SentenceAnalysis analysis, int head, HashSet<string> names)
    {
        var first = head;
        while (first > 0 && (IsNameWord(analysis.Words[first - 1], names)
            || (analysis.Relations[first - 1] is "compound" or "flat" && analysis.Heads[first - 1] - 1 >= first && analysis.Heads[first - 1] - 1 <= head
                && IsFirstName(analysis, first, first - 1))))
        {
            first--; // the name's words, with a first name the question left out ("Nicolas" of "Ortega")
        }

        // The name's top word is the first of its words that hangs outside it; the title it hangs on may be a
        // noun ("manager") or a title the tagger read as a name ("Attorney", with "General" on it).
        var top = Enumerable.Range(first, head - first + 1).First(w => analysis.Heads[w] - 1 < first || analysis.Heads[w] - 1 > head);
        var governor = analysis.Heads[top] - 1;
        if (governor >= 0 && governor < first && analysis.Relations[top] is "appos" or "flat" or "compound"
            && (analysis.Upos[governor] == "NOUN" || (analysis.Upos[governor] == "PROPN" && analysis.Relations[top] == "appos")) // not the rest of a longer name ("Anders Behring" of "Breivik")
            && !TimeWords.All.Contains(analysis.Words[governor])
            && Enumerable.Range(governor + 1, first - governor - 1).All(w => analysis.Heads[w] - 1 == governor))
        {
            return (TitleStart(analysis, governor), first);
        }

        if (TitleBesideName(analysis, first, top) is var before and >= 0)
        {
            return (TitleStart(analysis, before), first);
        }

        // Nouns, names, adjectives and possessives before the name that hang on it, directly or through each other:
        // "Formula One chief Bernie Ecclestone", "Iraq 's Prime Minister Nuri al-Maliki", "Attorney General Eric
        // Holder" (whose "General" the parse may hang on "Attorney"). The stretch is cut from the left until every
        // word in it hangs inside it or on the name.
        var from = first;
        while (from > 0 && !TimeWords.All.Contains(analysis.Words[from - 1])
            && (analysis.Upos[from - 1] is "PROPN" or "NOUN" or "ADJ" or "NUM" || (analysis.Xpos[from - 1] == "POS" && from - 1 > 0)))
        {
            from--;
        }

        for (var changed = true; changed && from < first;)
        {
            changed = false;
            for (var w = from; w < first; w++)
            {
                var on = analysis.Heads[w] - 1;
                if (on < from || on > head || on == w)
                {
                    from = w + 1; // this word, and all before it, hang outside the name's phrase
                    changed = true;
                }
            }
        }

        while (from < first && analysis.Xpos[from] == "POS")
        {
            from++; // a possessive whose owner was cut
        }

        // Adjectives alone ("the late Ruth") say nothing of what someone is.
        return from < first && Enumerable.Range(from, first - from).Any(i => analysis.Upos[i] is "NOUN" or "PROPN") && analysis.Xpos[first - 1] != "POS" ? (from, first) : null;
    }

    // "Venezuela 's opposition leader Juan Guaido said", "Hale attorney Mira Costa said", parsed as two subjects of
    // "said": the noun right before the name (its first word; its top word given), in the same relation to the same
    // word, is its title; -1 when there is none.
    private static int TitleBesideName(SentenceAnalysis analysis, int first, int top)
    {
        var before = first - 1;
        return before >= 0 && analysis.Upos[before] == "NOUN" && analysis.Heads[top] > 0 && analysis.Heads[before] == analysis.Heads[top]
            && analysis.Relations[before] == analysis.Relations[top] && !TimeWords.All.Contains(analysis.Words[before]) ? before : -1;
    }

    // Where a title noun's phrase starts: its modifiers before it, without an article ("the talent judge").
    private static int TitleStart(SentenceAnalysis analysis, int noun)
    {
        var (start, _) = Subtree(analysis, noun, TitleOutside);
        while (start < noun && analysis.Upos[start] is "DET" or "PUNCT")
        {
            start++;
        }

        return start;
    }

    // The words under root in the tree, as one stretch from the first to the last; a dependent whose relation is in
    // outside is left out with everything under it.
    private static (int Start, int End) Subtree(SentenceAnalysis analysis, int root, HashSet<string>? outside = null)
    {
        int start = root, end = root + 1;
        var seen = new bool[analysis.Words.Length];
        seen[root] = true;
        var stack = new Stack<int>([root]);
        while (stack.Count > 0)
        {
            foreach (var d in analysis.Dependents(stack.Pop()))
            {
                if (!seen[d] && outside?.Contains(analysis.Relations[d]) != true)
                {
                    seen[d] = true;
                    start = Math.Min(start, d);
                    end = Math.Max(end, d + 1);
                    stack.Push(d);
                }
            }
        }

        return (start, end);
    }

    private static (int Start, int End) Trim(SentenceAnalysis analysis, (int Start, int End) span)
    {
        var (start, end) = span;
        while (end > start && analysis.Upos[end - 1] == "PUNCT" && analysis.Words[end - 1] is not ("\"" or "”"))
        {
            end--;
        }

        while (start < end && analysis.Upos[start] == "PUNCT")
        {
            start++;
        }

        return (start, end);
    }

    private static double TypeWeight(string type) => type switch
    {
        EntitySpan.Person => 1.0,
        EntitySpan.Organization => 0.6,
        _ => -0.5, // "who" is rarely a place; a country acting ("Iran and others") still can be
    };

    // Names right after a person's title that the recognizer typed as no name ("opposition leader Raila Odinga",
    // "the billionaire owner Mikhail Prokhorov"; GUM often draws the title and name as one mention headed by the
    // title, so the recognizer learned to leave such names out): a person, with the name words after the title.
    private static IEnumerable<EntitySpan> TitledNames(SentenceAnalysis analysis)
    {
        foreach (var head in EntityRecognizer.Candidates(analysis))
        {
            var title = head - 1;
            if (title < 0 || analysis.Heads[head] - 1 != title || analysis.Upos[title] != "NOUN"
                || !(PersonNouns.Contains(analysis.Words[title]) || Offices.Contains(analysis.Words[title]))
                || analysis.Entities.Any(e => head >= e.Start && head < e.End))
            {
                continue;
            }

            var end = head + 1;
            while (end < analysis.Words.Length && analysis.Heads[end] - 1 is var on && (on == head || on == end - 1) && analysis.Upos[end] == "PROPN" && analysis.Relations[end] is "flat" or "compound")
            {
                end++;
            }

            yield return new EntitySpan(head, end, EntitySpan.Person);
        }
    }

    // The common-noun phrase that is the subject (or, asked for the one done to, the object) of a verb the question
    // shares: "Thousands of opposition demonstrators", "a 7-year-old girl"; without its relative clauses and asides.
    private static string? DescribedParty(SentenceAnalysis analysis, List<int> matched, Role role, HashSet<string> questionWords)
    {
        foreach (var verb in matched.Where(i => analysis.Upos[i] == "VERB"))
        {
            foreach (var d in analysis.Dependents(verb))
            {
                if (!FillsPart(analysis, verb, d, role) || analysis.Upos[d] != "NOUN" || questionWords.Contains(analysis.Words[d].ToLowerInvariant()) || IsNamed(analysis, d))
                {
                    continue;
                }

                var (start, end) = Trim(analysis, Subtree(analysis, d, OutsideAParty));
                if (NamesAPerson(analysis, d))
                {
                    continue; // "the defence attaché in the U.S., Col. Marta Ruiz," however the parse hung the name: she answers
                }

                if (end > start && end - start <= 12)
                {
                    return UdTokenizer.Detokenize(analysis.Words, start, end);
                }
            }
        }

        return null;
    }

    // A person's name set off by a comma inside the noun's phrase: the description is of that person.
    private static bool NamesAPerson(SentenceAnalysis analysis, int noun) =>
        analysis.Entities.Any(e => e.Type == EntitySpan.Person && e.Start > noun && e.Start > 0 && analysis.Words[e.Start - 1] == ","
            && Enumerable.Range(noun, e.Start - noun).All(w => analysis.IsWithin(w, noun) || analysis.Upos[w] == "PUNCT"));

    // A noun inside a name, or a title with the name beside it ("Former Pakistan captain Salman Butt"): the name answers.
    private static bool IsNamed(SentenceAnalysis analysis, int noun) =>
        analysis.Entities.Any(e => noun >= e.Start && noun < e.End)
        || analysis.Dependents(noun).Any(d => analysis.Relations[d] is "appos" or "flat" or "compound" && analysis.Upos[d] == "PROPN" && d > noun);

    private enum TitlePhrase
    {
        BeforeName,
        Apposition,
        Governor,
    }

    /// <summary>Which part a "who" question asks for: the doer, the one done to, or the holder of a title.</summary>
    internal enum Role
    {
        Doer,
        DoneTo,
        Titled,
    }

    /// <summary>
    /// "who was nominated", "who did Al-Marri meet", "to whom": the one done to; "who is the mayor of Buffalo", "who
    /// is Lohan's lawyer": the holder of the title the question names; otherwise ("who helped…") the doer.
    /// </summary>
    internal static Role RoleAsked(string question)
    {
        var words = Tokenizer.Words(question).Select(w => w.ToLowerInvariant()).ToList();
        var who = words.FindIndex(w => w is "who" or "whom");
        if (who < 0)
        {
            return Role.Doer;
        }

        if (words[who] == "whom")
        {
            return Role.DoneTo;
        }

        var next = who + 1 < words.Count ? words[who + 1] : string.Empty;
        var after = who + 2 < words.Count ? words[who + 2] : string.Empty;
        if (next is "did" or "does" or "do" or "will" or "would" or "can" or "could" or "should" or "might" or "must")
        {
            return after is "not" or "n't" or "never" ? Role.Doer : Role.DoneTo;
        }

        if (next is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "got" or "gets" or "get" or "be" or "been")
        {
            if (next is "is" or "was" or "are" or "were" && (TitleAsked().IsMatch(question) || BareTitleAsked().IsMatch(question)))
            {
                return Role.Titled;
            }

            var verb = words.Skip(who + 2).SkipWhile(w => w is "been" or "being" or "be" or "not" || w.EndsWith("ly", StringComparison.Ordinal)).FirstOrDefault() ?? string.Empty;

            if (next is not ("has" or "have" or "had") && (verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("en", StringComparison.Ordinal) || verb is "known" or "shown" or "held" or "hit" or "shot" or "sought" or "told" or "left" or "put" or "caught" or "found" or "kept" or "sent" or "won" or "lost" or "brought" or "bought" or "taught" or "led" or "paid" or "hurt"))
            {
                return Role.DoneTo;
            }
        }

        return Role.Doer;
    }

    // The words that make the name itself: those after the last title or office in the span ("Byron W. Brown" in
    // "Buffalo Mayor Byron W. Brown"), else all of it ("Tesla Motors").
    private static IEnumerable<int> NameWords(SentenceAnalysis analysis, EntitySpan entity)
    {
        var words = analysis.Words;
        var last = Enumerable.Range(entity.Start, entity.Length - 1)
            .LastOrDefault(i => NameFinder.Titles.Contains(words[i].TrimEnd('.')) || Offices.Contains(words[i]) || analysis.Upos[i] == "NOUN", -1);
        return Enumerable.Range(last < 0 ? entity.Start : last + 1, last < 0 ? entity.Length : entity.End - last - 1);
    }

    // "Buffalo Mayor Byron W. Brown" asked "who is the mayor of Buffalo": the answer starts after what the question said.
    private static int AfterAskedWords(string[] words, EntitySpan entity, HashSet<string> questionWords)
    {
        var start = entity.Start;
        while (start < entity.End - 1 && (questionWords.Contains(words[start].ToLowerInvariant()) || words[start] is "the" or "The"))
        {
            start++;
        }

        // Never leave a name starting inside a phrase ("March of Dimes President…" is not cut to "of Dimes…").
        return start < entity.End && char.IsUpper(words[start][0]) ? start : entity.Start;
    }

    // A description the recognizer took for a name, set off beside one ("Rep. Mike Pence, an Indiana Republican,"): the name.
    private static EntitySpan? ApposedName(SentenceAnalysis analysis, EntitySpan entity)
    {
        var head = HeadOf(analysis, entity);
        var name = analysis.Heads[head] - 1;
        var start = entity.Start > 0 && analysis.Upos[entity.Start] != "DET" ? entity.Start - 1 : entity.Start; // with its article, if a list item left it out
        if (analysis.Relations[head] != "appos" || name < 0 || name >= start || analysis.Upos[name] != "PROPN"
            || analysis.Upos[start] != "DET" || !(analysis.Words[start].ToLowerInvariant() is "a" or "an" or "the")
            || (entity.End < analysis.Words.Length && analysis.Upos[entity.End] != "PUNCT")) // set off on both sides, not "…, the Senate voted"
        {
            return null;
        }

        var parts = analysis.Dependents(name).Where(d => analysis.Relations[d] is "compound" or "flat" or "flat:name" or "nmod:desc" && d < start).Append(name).ToList();
        return new EntitySpan(parts.Min(), parts.Max() + 1, entity.Type);
    }

    // Whether the name modifies the title asked about, as its owner ("State Department lawyers", "a lawyer for the
    // State Department") rather than naming who holds it.
    private static bool OwnsTitle(SentenceAnalysis analysis, EntitySpan entity, HashSet<string> titleStems)
    {
        var word = HeadOf(analysis, entity);
        var governor = analysis.Heads[word] - 1;
        return governor >= 0 && analysis.Relations[word] is "compound" or "nmod:poss" or "nmod"
            && (governor < entity.Start || governor >= entity.End)
            && titleStems.Contains(Stemmer.Stem(analysis.Words[governor].ToLowerInvariant()));
    }

    // How well the name fills the part the question asks for in a sentence sharing the question's words.
    private static double RoleScore(SentenceAnalysis analysis, EntitySpan entity, List<int> matched, Role role, HashSet<string> stems, HashSet<string> titleStems)
    {
        var word = HeadOf(analysis, entity);
        var head = analysis.Heads[word] - 1;
        if (role == Role.Titled)
        {
            // "Eagles coach Andy Reid", "Tom Lantos, the chairman of…", "Reid is the coach": a title the question names.
            // A former holder is not the one asked for, unless the question says "former".
            // "Former U.S. Defense Secretary Robert McNamara, a key architect of the war": "former" holds for the
            // title it stands in, not for an apposition.
            // Nor is a deputy ("FBI Deputy Director John Pistole" for "who is the FBI director"), unless asked for.
            bool Unasked(IEnumerable<(int Word, TitlePhrase Phrase)> phrase, Func<string, bool> kind) =>
                phrase.Any(t => kind(analysis.Words[t.Word]) && !stems.Contains(Stemmer.Stem(analysis.Words[t.Word].ToLowerInvariant())));
            return TitleWords(analysis, entity, word)
                .GroupBy(t => t.Phrase)
                .Any(g => g.Any(t => titleStems.Contains(Stemmer.Stem(analysis.Words[t.Word].ToLowerInvariant())) && !OwnedByAnother(analysis, t.Word, stems))
                    && !Unasked(g, w => w.Equals("former", StringComparison.OrdinalIgnoreCase) || SecondRanks.Contains(w))) ? 1.0 : 0;
        }

        if (head < 0 || !matched.Contains(head))
        {
            return 0;
        }

        var relation = analysis.Relations[word];
        var passiveHead = analysis.Dependents(head).Any(d => analysis.Relations[d] == "aux:pass");
        var doer = relation is "nsubj" or "obl:agent" || (relation == "nsubj:pass" && !passiveHead) || (relation == "obl" && passiveHead && analysis.Dependents(word).Any(d => analysis.Words[d].Equals("by", StringComparison.OrdinalIgnoreCase)));
        var doneTo = relation is "obj" or "iobj" || (relation == "nsubj:pass" && passiveHead) || (relation == "obl" && !doer);
        return role switch
        {
            Role.Doer when doer => 0.75,
            Role.Doer when doneTo => 0,
            Role.DoneTo when doneTo => 0.9,
            Role.DoneTo when doer => -0.25,
            _ => relation is "appos" or "compound" or "nmod:poss" ? 0.5 : 0,
        };
    }

    // A title with a named owner the question does not name is someone else's ("Aitan Goelman, Mr. Strzok's lawyer" for
    // "who is Clinton's lawyer").
    private static bool OwnedByAnother(SentenceAnalysis analysis, int title, HashSet<string> stems)
    {
        var owners = analysis.Dependents(title).Where(d => analysis.Relations[d] is "nmod:poss" or "compound" && analysis.Upos[d] == "PROPN").ToList();
        return owners.Count > 0 && !owners
            .SelectMany(o => analysis.Dependents(o).Where(d => analysis.Relations[d] is "flat" or "flat:name" or "compound").Prepend(o))
            .Any(w => stems.Contains(Stemmer.Stem(analysis.Words[w].ToLowerInvariant())));
    }

    // Words that give the name a title, each with the phrase it stands in: the words before it in its own phrase, an
    // apposition, or the noun it is apposed to or the subject of.
    private static IEnumerable<(int Word, TitlePhrase Phrase)> TitleWords(SentenceAnalysis analysis, EntitySpan entity, int head)
    {
        for (var i = entity.Start; i < entity.End; i++)
        {
            if (i != head)
            {
                yield return (i, TitlePhrase.BeforeName);
            }
        }

        for (var i = entity.Start - 1; i >= 0 && analysis.Heads[i] - 1 >= entity.Start && analysis.Heads[i] - 1 < entity.End; i--)
        {
            yield return (i, TitlePhrase.BeforeName);
        }

        if (TitleBesideName(analysis, entity.Start, head) is var before and >= 0)
        {
            foreach (var w in analysis.Dependents(before).Where(w => !TitleOutside.Contains(analysis.Relations[w])).Prepend(before))
            {
                yield return (w, TitlePhrase.BeforeName);
            }
        }

        foreach (var d in analysis.Dependents(head).Where(d => analysis.Relations[d] == "appos" && analysis.Upos[d] == "NOUN"))
        {
            // Not another noun coordinated with it: "Ortiz, the city treasurer and the harbor director".
            foreach (var w in analysis.Dependents(d).Where(w => !TitleOutside.Contains(analysis.Relations[w])).Prepend(d))
            {
                yield return (w, TitlePhrase.Apposition); // "a key architect", "the former chairman"
            }
        }

        var governor = analysis.Heads[head] - 1;
        if (governor >= 0 && analysis.Upos[governor] == "NOUN"
            && (analysis.Relations[head] == "appos" // "the coach, Andy Reid"
                || (analysis.Relations[head] == "nsubj" && analysis.Dependents(governor).Any(d => analysis.Relations[d] == "cop")))) // "Reid is the coach"
        {
            foreach (var w in analysis.Dependents(governor).Where(w => w != head && !TitleOutside.Contains(analysis.Relations[w])).Prepend(governor))
            {
                yield return (w, TitlePhrase.Governor);
            }
        }
    }

    // The title a "who is the …" question asks about: the last word of its noun phrase before a preposition, clause
    // or end ("architect" of "who was the key architect of war in Vietnam under two presidents"), by stem; all the
    // question's stems when no such word is found.
    private static HashSet<string> TitleAskedStems(string question, HashSet<string> stems)
    {
        var phrase = TitlePhraseAsked(question);
        var title = phrase.Count > 0 ? Stemmer.Stem(phrase[^1]) : null;
        return title is not null && stems.Contains(title) ? [title, .. SameTitles[title]] : stems;
    }

    // The word a "who is the …" question sets right before the title it asks about ("defense" of "who is Abu-Jamal's
    // defense attorney"), lower case; null when the title stands alone or after an article or owner.
    private static string? TitleModifierAsked(string question)
    {
        var phrase = TitlePhraseAsked(question);
        return phrase.Count >= 2 && !TitleQualifiers.Contains(phrase[^2]) ? phrase[^2] : null;
    }

    // The noun phrase after "who is the" / "who is X's", lower case, up to a preposition, clause or end.
    private static List<string> TitlePhraseAsked(string question)
    {
        var match = TitleAsked().Match(question);
        return Tokenizer.Words(question[(match.Index + match.Length)..])
            .Select(w => w.ToLowerInvariant())
            .TakeWhile(w => !TitleEnds.Contains(w))
            .ToList();
    }

    private const int PronounOwnerReach = 3; // words between a possessive pronoun and the title it owns ("His chief defense attorney")

    // Words that make a title another, lower one: "Deputy Director", "Vice President", "assistant secretary".
    private static readonly HashSet<string> SecondRanks = new(StringComparer.OrdinalIgnoreCase) { "deputy", "vice", "assistant", "associate", "under", "lieutenant" };

    // Words before a title that say nothing of its kind: "chief defense attorney", "former prime minister".
    private static readonly HashSet<string> TitleQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "top", "senior", "lead", "former", "longtime", "personal", "new", "own", "current", "acting", "interim", "deputy",
    };

    // A name whose title asked for has another word of kind right before it than the question's ("District Attorney"
    // for "defense attorney"), and none with the question's.
    private static bool HoldsOtherKind(SentenceAnalysis analysis, EntitySpan entity, HashSet<string> titleStems, string modifier, HashSet<string> questionStems)
    {
        var titles = TitleWords(analysis, entity, HeadOf(analysis, entity)).Select(t => t.Word)
            .Concat(Enumerable.Range(entity.Start, entity.Length)) // the title may head the span ("District Attorney Lynne Abraham")
            .Distinct()
            .Where(t => titleStems.Contains(Stemmer.Stem(analysis.Words[t].ToLowerInvariant())))
            .ToList();
        // The word before the title as the question's words are read: "U.S." is "u.s", as the tokenizer leaves it.
        string Before(int t) => analysis.Words[t - 1].TrimEnd('.').ToLowerInvariant();
        bool Kind(int t) => t > 0 && analysis.Upos[t - 1] is "NOUN" or "PROPN" or "ADJ" && !TitleQualifiers.Contains(analysis.Words[t - 1]);
        // A second rank asked for ("vice president") is not held by the first ("President Obama").
        return titles.Count > 0
            && !titles.Any(t => t > 0 && Before(t).Equals(modifier, StringComparison.OrdinalIgnoreCase))
            && (SecondRanks.Contains(modifier) || titles.Any(t => Kind(t) && !questionStems.Contains(Stemmer.Stem(Before(t)))));
    }

    // The possessive pronoun that owns the title asked for, in the name's title phrase ("His" of "His chief defense
    // attorney, Robert Bryan"); -1 when there is none.
    private static int TitlePronounOwner(SentenceAnalysis analysis, EntitySpan entity, HashSet<string> titleStems) =>
        TitleWords(analysis, entity, HeadOf(analysis, entity)).Select(t => t.Word)
            .Where(t => titleStems.Contains(Stemmer.Stem(analysis.Words[t].ToLowerInvariant())))
            .SelectMany(analysis.Dependents)
            .FirstOrDefault(d => analysis.Relations[d] == "nmod:poss" && analysis.Upos[d] == "PRON", -1);

    /// <summary>
    /// Whether a sentence may name the holder of the title a "who is the …" question asks about: it holds the title (or
    /// one news writes for the same role, "attorney" for "lawyer") and every other word the question searches for. The
    /// question is read once; the test is then made of each sentence.
    /// </summary>
    public static Func<string, bool> MayNameHolder(string question, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var stems = terms.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var titles = TitleAskedStems(question, stems);
        return sentence =>
        {
            var words = Tokenizer.Words(sentence);
            var found = words.Select(w => Stemmer.Stem(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
            // The owner may be a pronoun before the title ("His chief defense attorney"), named by the sentences before.
            return titles != stems && found.Overlaps(titles)
                && (stems.All(s => titles.Contains(s) || found.Contains(s))
                    || Enumerable.Range(0, words.Count).Any(i => titles.Contains(Stemmer.Stem(words[i].ToLowerInvariant()))
                        && words.Skip(Math.Max(0, i - PronounOwnerReach)).Take(Math.Min(i, PronounOwnerReach)).Any(w => w.ToLowerInvariant() is "his" or "her" or "their")));
        };
    }

    // "who is the mayor…", "who was a member…", "who is Lohan's lawyer": a copula, then a noun phrase.
    [GeneratedRegex(@"\bwho\s+(?:is|was|are|were)\s+(?:the|a|an|[\w.-]+['’]s)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleAsked();

    // "who did the National Enquirer endorse", "whom will Ortiz nominate to the board", "who did Clinton encourage to listen".
    [GeneratedRegex(@"^\s*[Ww]hom?\s+(?:did|does|do|will|would|could|should)\s+(?:the\s+)?(?<doer>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s+(?<verb>[a-z]+)(?:\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your)\b)(?<complement>[a-z]+))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectDeedAsked();

    // "who is Eagles head coach?": a name and the title it gives, without an article.
    [GeneratedRegex(@"^\s*[Ww]ho\s+(?:is|was)\s+[A-Z][\w.'’-]*(?:\s+(?![a-z]+(?:ing|ed)\b)[a-z]+){1,2}\s*\??\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareTitleAsked();
}
