using BriefingBot.Core.Language.Learning;

namespace BriefingBot.Core.Language.Entities;

/// <summary>
/// Finds person, organization and place names the way GUM draws them: as noun phrases headed by a proper noun.
/// Every proper noun that heads its name (not a compound or flat part of a longer one) is a candidate; an averaged
/// perceptron decides whether it names a person, an organization, a place or none of them, from the name's words,
/// its shape and tags, and where it sits in the parse (its relation, its preposition, its governor); the mention
/// is then the head's phrase from the parse ("the Kennedy Space Center", "his native Bohemia", "Dvořák 's", "Paris ,
/// France"), without prepositions, coordinated or apposed phrases, clauses and edge punctuation.
/// </summary>
public sealed class EntityRecognizer
{
    private const string Magic = "BriefingBot.EntityRecognizer";
    private const int Version = 3;
    private const int FeatureCount = 56;

    private static readonly string[] Classes = ["none", .. EntitySpan.Types];
    private static readonly int PersonClass = Array.IndexOf(Classes, EntitySpan.Person);
    private static readonly int PlaceClass = Array.IndexOf(Classes, EntitySpan.Place);
    private static readonly ulong Bias = Atom.Of("bias");
    private static readonly ulong Nothing = Atom.Of("-none-");
    private static readonly HashSet<string> NamePartRelations = new(StringComparer.Ordinal) { "compound", "flat", "flat:name", "fixed", "goeswith" };
    private static readonly HashSet<string> OutsideThePhrase = new(StringComparer.Ordinal)
    {
        "case", "conj", "cc", "punct", "appos", "parataxis", "dep", "discourse", "acl:relcl", "advcl", "nmod:tmod",
        "reparandum", "list", "orphan", "vocative", "cop", "nsubj", "nsubj:pass", "obj", "iobj", "csubj", "aux", "aux:pass", "mark", "obl", "obl:tmod",
        "advmod", "cc:preconj",
    };

    // Prepositions that start a verb's adjunct, never a part of a name ("flew to Bogota with Maria Lopez"); "of" and
    // "in" do ("the University of California", "Columbia University in New York").
    private static readonly HashSet<string> AdjunctPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "for", "to", "from", "by", "at", "on", "during", "after", "before", "since", "against", "about", "over",
        "under", "via", "through", "despite", "without", "into", "onto", "toward", "towards", "than", "as",
    };

    private readonly AveragedPerceptron model;

    private EntityRecognizer(AveragedPerceptron model) => this.model = model;

    public int FeatureRows => model.Features;

    /// <summary>The names in one tagged and parsed sentence (heads 1-based, 0 = root), in order, never overlapping.</summary>
    public IReadOnlyList<EntitySpan> Recognize(SentenceAnalysis sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return RecognizeDocument([sentence])[0];
    }

    /// <summary>
    /// The names in each sentence of one document, one sense per document: a name the document repeats ("Mof-Ávvi",
    /// "Dvořák") is decided once, on the average scores of all its uses (by last word, a lone first name with the one
    /// full name it starts, an acronym with the name that defines it), so the clear uses ("the village of Essil", "Juan
    /// Guaido met…", "Isabel Ruiz") settle the unclear ones ("Lopez praised Guaido", "me and Isabel").
    /// </summary>
    public IReadOnlyList<IReadOnlyList<EntitySpan>> RecognizeDocument(IReadOnlyList<SentenceAnalysis> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var uses = new List<(int Sentence, int Head, string First, string Key, float[] Scores)>();
        Span<ulong> features = stackalloc ulong[FeatureCount];
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var head in Candidates(sentences[s]))
            {
                var scores = new float[Classes.Length];
                model.Score(Features(sentences[s], head, features), scores);
                var words = sentences[s].Words;
                uses.Add((s, head, WordShape.Normalize(words[FirstNameWord(sentences[s], head)]), WordShape.Normalize(words[LastNameWord(sentences[s], head)]), scores));
            }
        }

        // A lone first name goes with the one longer name it starts ("Isabel" with "Isabel Ruiz"), an acronym with the
        // name that defines it ("WHO" with "the World Health Organisation ( WHO )").
        var fullNames = uses.Where(u => u.First != u.Key).GroupBy(u => u.First).Where(g => g.Select(u => u.Key).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var use in uses.Where(u => Array.IndexOf(sentences[u.Sentence].Words, "(") >= 0)) // the phrase is worked out only where a bracket may follow
        {
            var words = sentences[use.Sentence].Words;
            var end = Phrase(sentences[use.Sentence], use.Head).End;
            if (end + 2 < words.Length && words[end] == "(" && words[end + 2] == ")" && DocumentNames.DefinesAcronym(words, end))
            {
                acronyms.TryAdd(WordShape.Normalize(words[end + 1]), use.Key);
            }
        }

        string KeyOf(string first, string key) => first != key ? key
            : acronyms.TryGetValue(key, out var defined) ? defined
            : fullNames.TryGetValue(first, out var full) ? full : key;

        var totals = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var use in uses)
        {
            var key = KeyOf(use.First, use.Key);
            if (!totals.TryGetValue(key, out var total))
            {
                totals[key] = total = new float[Classes.Length];
            }

            for (var c = 0; c < total.Length; c++)
            {
                total[c] += use.Scores[c];
            }
        }

        var found = sentences.Select(_ => new List<EntitySpan>()).ToArray();
        foreach (var (sentence, head, first, key, _) in uses)
        {
            var voted = KeyOf(first, key);
            var type = AveragedPerceptron.ArgMax(totals[voted]); // the sum's best is the average's best

            // "England", "Nebraska": a listed place is never a person (it may be a government). "Paris Whitfield" may be one,
            // and so may a lone "Paris" in a text that introduced her by her full name.
            if (type == PersonClass && voted == key && Gazetteer.Default.KindOf(NameText(sentences[sentence], head)) == EntitySpan.Place)
            {
                type = PlaceClass;
            }

            if (type > 0)
            {
                var (start, end) = Phrase(sentences[sentence], head);
                found[sentence].Add(new EntitySpan(start, end, TitledPerson(sentences[sentence], start, end) ? EntitySpan.Person : Classes[type]));
            }
        }

        return found.Select((f, s) => (IReadOnlyList<EntitySpan>)WithPlaceAfterComma(sentences[s], WholePersonNames(sentences[s], WithProperAdjectives(sentences[s], Outermost(f))))).ToArray();
    }

    // Titles that make whoever they are written before a person ("Former Eastvale Mayor Tomas Ruiz", "Chief Justice
    // Kennedy"); not those that begin names of other things too ("General Motors", "St. Louis", "Prince Edward Island").
    private static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "President", "Senator", "Sen", "Rep", "Representative", "Governor", "Gov",
        "Mayor", "Judge", "Justice", "Secretary", "Minister", "Chancellor", "Congressman", "Congresswoman", "Sheriff", "Ambassador",
        "Attorney",
    };

    // A name that ends in a title and the capitalized words after it, none of them a place or organization word.
    private static bool TitledPerson(SentenceAnalysis sentence, int start, int end)
    {
        var words = sentence.Words;
        var title = -1;
        for (var i = start; i < end - 1; i++)
        {
            title = PersonTitles.Contains(words[i].TrimEnd('.')) ? i : title;
        }

        return title >= 0 && Enumerable.Range(title + 1, end - title - 1).All(i => sentence.Upos[i] == "PROPN" && char.IsUpper(words[i][0])
            && Gazetteer.Default.KindOf(words[i]) is not (EntitySpan.Place or EntitySpan.Organization or "place-word" or "organization-word"));
    }

    // A name's first word the tagger read as an adjective of the name while tagging it a proper noun ("New" of "New
    // Jersey Sen. Bob Menendez", UPOS ADJ, XPOS NNP) belongs to the name.
    private static List<EntitySpan> WithProperAdjectives(SentenceAnalysis sentence, List<EntitySpan> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var before = spans[k].Start - 1;
            if (before >= 0 && sentence.Upos[before] == "ADJ" && sentence.Xpos[before] == "NNP" && char.IsUpper(sentence.Words[before][0]) && (k == 0 || spans[k - 1].End <= before))
            {
                spans[k] = spans[k] with { Start = before };
            }
        }

        return spans;
    }

    // A place or organization followed by the place it is in, set off by a comma ("Sydney , Australia", "the Adler
    // Planetarium in Chicago , Illinois", "Trinity College , Cambridge"), is one name with it, as GUM draws it; not an
    // item of a list ("Germany , France and Italy", "Chicago , Illinois , Ohio").
    private static List<EntitySpan> WithPlaceAfterComma(SentenceAnalysis sentence, List<EntitySpan> spans)
    {
        var words = sentence.Words;
        for (var k = 0; k < spans.Count; k++)
        {
            var comma = spans[k].End;
            if (spans[k].Type == EntitySpan.Person || comma + 1 >= words.Length || words[comma] != "," || !IsBareNameWord(sentence, comma + 1))
            {
                continue;
            }

            var end = comma + 1;
            while (end < words.Length && IsBareNameWord(sentence, end))
            {
                end++;
            }

            var listed = end < words.Length && (words[end] is "and" or "or" or "&" || (words[end] == "," && end + 1 < words.Length && sentence.Upos[end + 1] == "PROPN"));
            var before = spans[k].Start > 1 && words[spans[k].Start - 1] == "," && sentence.Upos[spans[k].Start - 2] == "PROPN";
            if (listed || before || Gazetteer.Default.KindOf(string.Join(' ', words[(comma + 1)..end])) != EntitySpan.Place)
            {
                continue;
            }

            spans[k] = spans[k] with { End = end };
            while (k + 1 < spans.Count && spans[k + 1].Start < end)
            {
                spans.RemoveAt(k + 1);
            }
        }

        return spans;
    }

    // One person's name the parse cut in two: two person names side by side ("Col. Jose" "Luis Silva"), or proper
    // nouns no name holds right before or after one ("Tarek" "William Saab"), not a day or month, are one name.
    private static List<EntitySpan> WholePersonNames(SentenceAnalysis sentence, List<EntitySpan> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            if (spans[k].Type != EntitySpan.Person)
            {
                continue;
            }

            if (k + 1 < spans.Count && spans[k + 1].Type == EntitySpan.Person && spans[k + 1].Start == spans[k].End && !EntitySpan.IsPossessiveEnding(sentence.Words[spans[k].End - 1]))
            {
                spans[k] = spans[k] with { End = spans[k + 1].End };
                spans.RemoveAt(k + 1);
                k--;
                continue;
            }

            var before = spans[k].Start - 1;
            if (before >= 0 && IsBareNameWord(sentence, before) && (k == 0 || spans[k - 1].End <= before))
            {
                spans[k] = spans[k] with { Start = before };
            }

            var after = spans[k].End;
            while (after < sentence.Words.Length && IsBareNameWord(sentence, after) && (k + 1 == spans.Count || after < spans[k + 1].Start) && !EntitySpan.IsPossessiveEnding(sentence.Words[after - 1]))
            {
                spans[k] = spans[k] with { End = ++after }; // "Col. Marta" then "Elena Ruiz", which no name holds
            }
        }

        return spans;
    }

    private static bool IsBareNameWord(SentenceAnalysis sentence, int word) =>
        sentence.Upos[word] == "PROPN" && char.IsUpper(sentence.Words[word][0]) && sentence.Words[word].All(char.IsLetter) && !TimeWords.Calendar.Contains(sentence.Words[word]);

    // The name's own words: "Paris Whitfield", whose head "Paris" alone would be a place.
    private static string NameText(SentenceAnalysis sentence, int head) =>
        string.Join(' ', sentence.Words[FirstNameWord(sentence, head)..(LastNameWord(sentence, head) + 1)]);

    // The first word of the name the head belongs to: "Juan" of "Juan Guaido" (where the parse made "Guaido" the head).
    private static int FirstNameWord(SentenceAnalysis sentence, int head)
    {
        var first = head;
        for (var d = head - 1; d >= 0 && sentence.Heads[d] == head + 1 && NamePartRelations.Contains(sentence.Relations[d]); d--)
        {
            first = d;
        }

        return first;
    }

    // The last word of the name the head belongs to: the surname of "Antonín Leopold Dvořák" (whose flat head is "Antonín").
    private static int LastNameWord(SentenceAnalysis sentence, int head)
    {
        var last = head;
        for (var d = head + 1; d < sentence.Words.Length && sentence.Heads[d] == head + 1 && NamePartRelations.Contains(sentence.Relations[d]); d++)
        {
            last = d;
        }

        return last;
    }

    /// <summary>
    /// Learns from predicted analyses, each with the gold type of every word that heads a gold name: <paramref name="runs"/>
    /// models, each shown the examples in its own orders, whose mean weights are the recognizer.
    /// </summary>
    public static EntityRecognizer Train(IReadOnlyList<(SentenceAnalysis Analysis, IReadOnlyDictionary<int, string> GoldHeads)> sentences, int iterations, int seed, Action<string>? log = null, int runs = 1)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var examples = sentences.SelectMany(s => Candidates(s.Analysis).Select(h => (s.Analysis, Head: h, Truth: s.GoldHeads.TryGetValue(h, out var t) ? Array.IndexOf(Classes, t) : 0))).ToArray();
        var models = new List<AveragedPerceptron>();
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[FeatureCount];
        Span<float> scores = stackalloc float[Classes.Length];
        for (var run = 0; run < runs; run++)
        {
            var model = new AveragedPerceptron(Classes.Length);
            for (var iteration = 0; iteration < iterations; iteration++)
            {
                random.Shuffle(examples);
                var correct = 0;
                foreach (var (analysis, head, truth) in examples)
                {
                    var f = Features(analysis, head, features);
                    var guess = model.Predict(f, scores);
                    model.Tick();
                    model.Update(f, truth, guess);
                    correct += guess == truth ? 1 : 0;
                }

                log?.Invoke($"entities run {run + 1}/{runs} iteration {iteration + 1}/{iterations}: {examples.Length:N0} candidate heads, training accuracy {100.0 * correct / examples.Length:0.00}%");
            }

            models.Add(model);
        }

        return new EntityRecognizer(AveragedPerceptron.Mean(models, prune: 0.05f));
    }

    public void Save(Stream stream) => ModelFile.Write(stream, Magic, Version, model.Save);

    public static EntityRecognizer Load(Stream stream) => ModelFile.Read(stream, Magic, Version, reader => new EntityRecognizer(AveragedPerceptron.Load(reader)));

    /// <summary>Proper nouns that head their name: not a compound or flat part of a proper noun above them.</summary>
    public static IEnumerable<int> Candidates(SentenceAnalysis sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        for (var i = 0; i < sentence.Words.Length; i++)
        {
            if (sentence.Upos[i] != "PROPN")
            {
                continue;
            }

            var governor = sentence.Heads[i] - 1;
            if (governor >= 0 && NamePartRelations.Contains(sentence.Relations[i]) && sentence.Upos[governor] == "PROPN")
            {
                continue;
            }

            yield return i;
        }
    }

    /// <summary>The head's noun phrase in the parse, as a word range (start inclusive, end exclusive).</summary>
    public static (int Start, int End) Phrase(SentenceAnalysis sentence, int head)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int start = head, end = head, cut = sentence.Words.Length;
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            var word = stack.Pop();
            for (var d = 0; d < sentence.Words.Length; d++)
            {
                if (sentence.Heads[d] != word + 1)
                {
                    continue;
                }

                // The possessive "'s" belongs to the name ("Dvořák 's"); other dependents of the head that are
                // prepositions, coordinations, appositions or clauses do not.
                // The name's own words count as its head here: "Robert Louis Stevenson , Christopher Moore" hangs the
                // coordination on "Stevenson" as often as on "Robert".
                var top = word == head || (sentence.Heads[word] == head + 1 && NamePartRelations.Contains(sentence.Relations[word]));
                if (top && OutsideThePhrase.Contains(sentence.Relations[d]) && !(sentence.Relations[d] == "case" && d > head && sentence.Xpos[d] == "POS"))
                {
                    continue;
                }

                // Nor a verb in the past or present tense read as a clause on the name: it is the name's own verb
                // ("Many Republicans opposed the bill", parsed as "Republicans" with "opposed the bill" on it).
                if (top && d > head && sentence.Relations[d] == "acl" && sentence.Xpos[d] is "VBD" or "VBZ" or "VBP")
                {
                    cut = Math.Min(cut, d);
                    continue;
                }

                // Nor do a date, a parenthesis or an adjunct after it ("Prague in 1872", "Caracas on Monday", "Sapir 's
                // ( 1971 )", "Bogota with Maria Lopez").
                if (top && d > head && (sentence.Upos[d] == "NUM" || TimeWords.Calendar.Contains(sentence.Words[d]) || Bracketed(sentence.Words, head, d) || IsAdjunct(sentence, d)))
                {
                    cut = Math.Min(cut, d); // and the phrase ends there: "Kim Dae-Jung Sunday in a ceremony" is "Kim Dae-Jung"
                    continue;
                }

                // Nor does anything set off by a comma ("Born in England , Norton", "Glennie , in Dulwich") or a dash (the
                // dateline of "BOSTON — Gov. Deval Patrick"), but for the place that says where the name is ("Paris ,
                // France", "Trinity College , Cambridge").
                if (top && SetOffBetween(sentence.Words, d, head) && !(sentence.Relations[d] == "nmod:unmarked" && sentence.Upos[d] == "PROPN"))
                {
                    continue;
                }

                start = Math.Min(start, d);
                end = Math.Max(end, d);
                stack.Push(d);
            }
        }

        end = Math.Max(head, Math.Min(end, cut - 1));

        // A surname the parse hung on another word ("writers Selma Lagerlöf and Neil Gaiman") stays with its name.
        while (end + 1 < sentence.Words.Length && sentence.Upos[end + 1] == "PROPN" && sentence.Relations[end + 1] is "flat" or "flat:name"
            && (sentence.Heads[end + 1] - 1 < start || sentence.Heads[end + 1] - 1 > end))
        {
            end++;
        }

        while (end > head && sentence.Upos[end] == "PUNCT")
        {
            end--;
        }

        // Nor a preposition the parse hung on a word of the name rather than on its head ("by President Bush"), also one
        // tagged as the verb it comes from ("including U.S. President Barack Obama").
        while (start < head && (sentence.Upos[start] is "PUNCT" or "ADP" || sentence.Relations[start] == "case" && char.IsLower(sentence.Words[start][0])))
        {
            start++;
        }

        return (start, end + 1);
    }

    private static bool SetOffBetween(string[] words, int a, int b)
    {
        for (var i = Math.Min(a, b) + 1; i < Math.Max(a, b); i++)
        {
            if (words[i] is "," or "—" or "–" or "--")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAdjunct(SentenceAnalysis sentence, int dependent)
    {
        for (var c = 0; c < sentence.Words.Length; c++)
        {
            if (sentence.Heads[c] == dependent + 1 && sentence.Relations[c] == "case" && AdjunctPrepositions.Contains(sentence.Words[c])
                && !IsPartOfTheName(sentence, c, dependent))
            {
                return true;
            }
        }

        return false;
    }

    // "Democracy for America", "Center for American Progress": "for" right after a capitalized name word, before a
    // proper noun, is part of an organization's name.
    private static bool IsPartOfTheName(SentenceAnalysis sentence, int preposition, int dependent) =>
        sentence.Words[preposition] == "for" && preposition > 0 && sentence.Upos[preposition - 1] == "PROPN" && char.IsUpper(sentence.Words[preposition - 1][0])
        && sentence.Upos[dependent] == "PROPN" && preposition + 1 < sentence.Words.Length && char.IsUpper(sentence.Words[preposition + 1][0]);

    private static bool Bracketed(string[] words, int head, int dependent)
    {
        for (var i = head + 1; i < dependent; i++)
        {
            if (words[i] is "(" or "[")
            {
                return true;
            }
        }

        return false;
    }

    private static List<EntitySpan> Outermost(List<EntitySpan> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<EntitySpan>();
        foreach (var span in spans)
        {
            if (kept.Count == 0 || span.Start >= kept[^1].End)
            {
                kept.Add(span);
            }
        }

        return kept;
    }

    private static ReadOnlySpan<ulong> Features(SentenceAnalysis s, int head, Span<ulong> f)
    {
        var words = s.Words;
        var governor = s.Heads[head] - 1;
        var n = 0;
        var lower = Lower(words[head]);
        f[n++] = Atom.F(0, Bias);
        f[n++] = Atom.F(1, lower);
        f[n++] = Atom.F(2, Atom.Of(words[head]));
        f[n++] = Atom.F(3, Atom.Of(WordShape.Shape(words[head])));
        f[n++] = Atom.F(4, Atom.Of(WordShape.Suffix(WordShape.Normalize(words[head]), 3)));
        f[n++] = Atom.F(5, Atom.Of(WordShape.Suffix(WordShape.Normalize(words[head]), 2)));
        f[n++] = Atom.F(6, Atom.Of(WordShape.Prefix(WordShape.Normalize(words[head]), 3)));
        f[n++] = Atom.F(7, Atom.Of(s.Xpos[head]));
        f[n++] = Atom.F(8, Atom.Of(s.Relations[head]));
        f[n++] = Atom.F(9, governor < 0 ? Nothing : Lower(words[governor]));
        f[n++] = Atom.F(10, governor < 0 ? Nothing : Atom.Of(s.Upos[governor]));
        f[n++] = Atom.F(11, Atom.Of(s.Relations[head]), governor < 0 ? Nothing : Lower(words[governor]));
        f[n++] = Atom.F(12, head == 0 ? Nothing : Lower(words[head - 1]));
        f[n++] = Atom.F(13, head + 1 >= words.Length ? Nothing : Lower(words[head + 1]));
        f[n++] = Atom.F(14, head < 2 ? Nothing : Lower(words[head - 2]));
        f[n++] = Atom.F(15, head + 2 >= words.Length ? Nothing : Lower(words[head + 2]));

        // The name's own words (compound and flat parts), its first word and its length.
        var first = head;
        var parts = 1;
        for (var d = 0; d < words.Length && n < FeatureCount - 22; d++)
        {
            if (s.Heads[d] != head + 1)
            {
                continue;
            }

            var relation = s.Relations[d];
            if (NamePartRelations.Contains(relation) || relation is "amod" or "det" or "nmod:poss" or "case" or "nummod")
            {
                f[n++] = Atom.F(16, Atom.Of(relation), Lower(words[d]));
                if (NamePartRelations.Contains(relation))
                {
                    f[n++] = Atom.F(17, Lower(words[d]));
                    f[n++] = Atom.F(18, Atom.Of(WordShape.Shape(words[d])));
                    first = Math.Min(first, d);
                    parts++;
                }
            }
            else
            {
                f[n++] = Atom.F(19, Atom.Of(relation));
            }
        }

        // What the gazetteer knows of the whole name, its head, its first and last words and the word before it.
        var last = LastNameWord(s, head);
        var gazetteer = Gazetteer.Default;
        var name = string.Join(' ', words[first..(last + 1)]);
        f[n++] = Atom.F(40, Kind(gazetteer.KindOf(name)));
        f[n++] = Atom.F(41, Kind(gazetteer.KindOf(words[head])));
        f[n++] = Atom.F(42, Kind(gazetteer.KindOf(words[first])), Kind(gazetteer.KindOf(words[last])));
        f[n++] = Atom.F(43, first == 0 ? Nothing : Kind(gazetteer.KindOf(words[first - 1])));
        f[n++] = Atom.F(44, Kind(gazetteer.KindOf(name)), Atom.Of(s.Relations[head]));

        f[n++] = Atom.F(20, Lower(words[first]));
        f[n++] = Atom.F(21, Atom.Of(Math.Min(parts, 4)));
        f[n++] = Atom.F(22, Lower(words[first]), lower);
        f[n++] = Atom.F(23, first == 0 ? Nothing : Lower(words[first - 1]));
        f[n++] = Atom.F(24, first == 0 ? Atom.Of("initial") : Nothing, Atom.Of(Math.Min(parts, 4)));
        f[n++] = Atom.F(25, Atom.Of(s.Relations[head]), Atom.Of(Math.Min(parts, 4)));
        f[n++] = Atom.F(26, first == 0 ? Nothing : Atom.Of(s.Upos[first - 1]), head + 1 >= words.Length ? Nothing : Atom.Of(s.Upos[head + 1]));
        f[n++] = Atom.F(27, Atom.Of(WordShape.Suffix(WordShape.Normalize(words[first]), 3)));

        // What governs the governor ("the mayor of X", "born in X"), and the governor's own preposition.
        if (governor >= 0)
        {
            var grand = s.Heads[governor] - 1;
            f[n++] = Atom.F(28, Atom.Of(s.Relations[governor]), grand < 0 ? Nothing : Lower(words[grand]));
        }

        for (var d = 0; d < words.Length && n < FeatureCount - 2; d++)
        {
            if (s.Heads[d] == head + 1 && s.Relations[d] == "case")
            {
                f[n++] = Atom.F(29, Lower(words[d]));
                f[n++] = Atom.F(30, Lower(words[d]), governor < 0 ? Nothing : Lower(words[governor]));
            }
        }

        return f[..n];
    }

    private static ulong Lower(string word) => Atom.Of(WordShape.Normalize(word));

    private static ulong Kind(string? kind) => kind is null ? Nothing : Atom.Of(kind);
}
