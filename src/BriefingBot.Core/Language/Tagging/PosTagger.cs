using BriefingBot.Core.Language.Corpus;
using BriefingBot.Core.Language.Learning;

namespace BriefingBot.Core.Language.Tagging;

/// <summary>
/// A part-of-speech tagger that predicts the Universal (UPOS) and Penn Treebank (XPOS) tags together:
/// two greedy averaged perceptrons, one reading left to right and one right to left, whose scores are
/// added, so each tag sees predicted tags on both sides. Frequent unambiguous words come from a dictionary.
/// </summary>
public sealed class PosTagger
{
    private const string Magic = "BriefingBot.PosTagger";
    private const int Version = 3;
    private const int FeatureCount = 30;

    private readonly AveragedPerceptron[] models; // [0] reads left to right, [1] right to left
    private readonly string[] labels;
    private readonly Dictionary<string, int> labelIndex;
    private readonly Dictionary<string, int> tagDictionary;
    private readonly ulong[] labelAtoms;

    private static readonly ulong Bias = Atom.Of("bias");
    private static readonly ulong StartTag = Atom.Of("-START-");
    private static readonly ulong StartTag2 = Atom.Of("-START2-");

    private PosTagger(AveragedPerceptron[] models, string[] labels, Dictionary<string, int> tagDictionary)
    {
        this.models = models;
        this.labels = labels;
        labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        this.tagDictionary = tagDictionary;
        labelAtoms = labels.Select(l => Atom.Of(l)).ToArray();
    }

    public int FeatureRows => models.Sum(m => m.Features);

    /// <summary>Tags <paramref name="words"/>: UPOS and XPOS for each.</summary>
    public (string[] Upos, string[] Xpos) Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var n = words.Count;
        var total = new float[n * labels.Length];
        Span<ulong> features = stackalloc ulong[FeatureCount];
        Span<float> scores = stackalloc float[labels.Length];
        var forward = Context(words);
        for (var direction = 0; direction < 2; direction++)
        {
            var ordered = direction == 0 ? words : words.Reverse().ToArray();
            var context = direction == 0 ? forward : Reversed(forward, ordered);
            var predicted = new int[n];
            for (var i = 0; i < n; i++)
            {
                var at = direction == 0 ? i : n - 1 - i;
                if (tagDictionary.TryGetValue(ordered[i], out var known))
                {
                    predicted[i] = known;
                    total[(at * labels.Length) + known] += 1000f;
                    continue;
                }

                predicted[i] = models[direction].Predict(Features(context, i, predicted, features), scores);
                var row = total.AsSpan(at * labels.Length, labels.Length);
                for (var c = 0; c < scores.Length; c++)
                {
                    row[c] += scores[c];
                }
            }
        }

        var best = new int[n];
        for (var i = 0; i < n; i++)
        {
            best[i] = AveragedPerceptron.ArgMax(total.AsSpan(i * labels.Length, labels.Length));
        }

        return Split(best);
    }

    public static PosTagger Train(IReadOnlyList<ConlluSentence> sentences, int iterations, int seed, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var labels = sentences.SelectMany(s => s.Tokens).Select(Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var tagger = new PosTagger([new AveragedPerceptron(labels.Length), new AveragedPerceptron(labels.Length)], labels, BuildTagDictionary(sentences, labels));
        for (var direction = 0; direction < 2; direction++)
        {
            tagger.TrainDirection(sentences, direction, iterations, seed + direction, log);
        }

        return tagger;
    }

    private void TrainDirection(IReadOnlyList<ConlluSentence> sentences, int direction, int iterations, int seed, Action<string>? log)
    {
        var model = models[direction];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> features = stackalloc ulong[FeatureCount];
        Span<float> scores = stackalloc float[labels.Length];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            random.Shuffle(order);
            var correct = 0;
            var total = 0;
            foreach (var index in order)
            {
                var tokens = sentences[index].Tokens;
                var ordered = direction == 0 ? tokens : Enumerable.Reverse(tokens).ToList();
                var words = ordered.Select(t => t.Form).ToArray();
                var context = Context(words);
                var predicted = new int[words.Length];
                for (var i = 0; i < words.Length; i++)
                {
                    var truth = labelIndex[Label(ordered[i])];
                    if (tagDictionary.TryGetValue(words[i], out var known))
                    {
                        predicted[i] = known;
                    }
                    else
                    {
                        var f = Features(context, i, predicted, features);
                        var guess = model.Predict(f, scores);
                        model.Tick();
                        model.Update(f, truth, guess);
                        predicted[i] = guess;
                    }

                    correct += predicted[i] == truth ? 1 : 0;
                    total++;
                }
            }

            log?.Invoke($"tagger ({(direction == 0 ? "left to right" : "right to left")}) iteration {iteration + 1}/{iterations}: training accuracy {100.0 * correct / total:0.00}%");
        }

        model.Average(prune: 0.05f);
    }

    public void Save(Stream stream) => ModelFile.Write(stream, Magic, Version, writer =>
    {
        ModelFile.WriteStrings(writer, labels);
        writer.Write(tagDictionary.Count);
        foreach (var (word, label) in tagDictionary)
        {
            writer.Write(word);
            writer.Write((ushort)label);
        }

        models[0].Save(writer);
        models[1].Save(writer);
    });

    public static PosTagger Load(Stream stream) => ModelFile.Read(stream, Magic, Version, reader =>
    {
        var labels = ModelFile.ReadStrings(reader);
        var count = reader.ReadInt32();
        var dictionary = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            dictionary[reader.ReadString()] = reader.ReadUInt16();
        }

        var forward = AveragedPerceptron.Load(reader);
        return new PosTagger([forward, AveragedPerceptron.Load(reader)], labels, dictionary);
    });

    private static string Label(ConlluToken token) => token.Upos + "\t" + token.Xpos;

    private (string[] Upos, string[] Xpos) Split(int[] predicted)
    {
        var upos = new string[predicted.Length];
        var xpos = new string[predicted.Length];
        for (var i = 0; i < predicted.Length; i++)
        {
            var label = labels[predicted[i]];
            var tab = label.IndexOf('\t', StringComparison.Ordinal);
            upos[i] = label[..tab];
            xpos[i] = label[(tab + 1)..];
        }

        return (upos, xpos);
    }

    // Words seen often with one tag nearly always are tagged from the dictionary (fast, and as accurate).
    private static Dictionary<string, int> BuildTagDictionary(IReadOnlyList<ConlluSentence> sentences, string[] labels)
    {
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s.Tokens))
        {
            if (!counts.TryGetValue(token.Form, out var byLabel))
            {
                counts[token.Form] = byLabel = [];
            }

            var label = index[Label(token)];
            byLabel[label] = byLabel.GetValueOrDefault(label) + 1;
        }

        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, byLabel) in counts)
        {
            var total = byLabel.Values.Sum();
            var (label, n) = byLabel.MaxBy(kv => kv.Value);
            if (total >= 50 && n >= 0.999 * total)
            {
                dictionary[word] = label;
            }
        }

        return dictionary;
    }

    // Per position (two padding slots at each end): the word-level atoms every feature draws on.
    private static TokenAtoms[] Context(IReadOnlyList<string> words)
    {
        var context = new TokenAtoms[words.Count + 4];
        context[0] = TokenAtoms.Padding("-START-");
        context[1] = TokenAtoms.Padding("-START2-");
        for (var i = 0; i < words.Count; i++)
        {
            context[i + 2] = TokenAtoms.Of(words[i], i == 0);
        }

        context[^2] = TokenAtoms.Padding("-END-");
        context[^1] = TokenAtoms.Padding("-END2-");
        return context;
    }

    // The same atoms read right to left; only the sentence-initial capitalization flag moves.
    private static TokenAtoms[] Reversed(TokenAtoms[] forward, IReadOnlyList<string> reversedWords)
    {
        var n = reversedWords.Count;
        var context = new TokenAtoms[forward.Length];
        Array.Copy(forward, context, 2);
        Array.Copy(forward, forward.Length - 2, context, context.Length - 2, 2);
        for (var i = 0; i < n; i++)
        {
            context[i + 2] = forward[n - 1 - i + 2].WithCapitalization(reversedWords[i], i == 0);
        }

        return context;
    }

    private ReadOnlySpan<ulong> Features(TokenAtoms[] context, int i, int[] predicted, Span<ulong> f)
    {
        var t = context[i + 2];
        var prev = context[i + 1];
        var prev2 = context[i];
        var next = context[i + 3];
        var next2 = context[i + 4];
        var p1 = i > 0 ? labelAtoms[predicted[i - 1]] : StartTag;
        var p2 = i > 1 ? labelAtoms[predicted[i - 2]] : StartTag2;
        var n = 0;
        f[n++] = Atom.F(0, Bias);
        f[n++] = Atom.F(1, t.Suffix3);
        f[n++] = Atom.F(2, t.Prefix1);
        f[n++] = Atom.F(3, p1);
        f[n++] = Atom.F(4, p2);
        f[n++] = Atom.F(5, p1, p2);
        f[n++] = Atom.F(6, t.Word);
        f[n++] = Atom.F(7, p1, t.Word);
        f[n++] = Atom.F(8, prev.Word);
        f[n++] = Atom.F(9, prev.Suffix3);
        f[n++] = Atom.F(10, prev2.Word);
        f[n++] = Atom.F(11, next.Word);
        f[n++] = Atom.F(12, next.Suffix3);
        f[n++] = Atom.F(13, next2.Word);
        f[n++] = Atom.F(14, t.Shape);
        f[n++] = Atom.F(15, t.Suffix2);
        f[n++] = Atom.F(16, t.Suffix4);
        f[n++] = Atom.F(17, prev.Word, t.Word);
        f[n++] = Atom.F(18, t.Word, next.Word);
        f[n++] = Atom.F(19, t.Capitalization);
        f[n++] = Atom.F(20, next.Shape);
        f[n++] = Atom.F(21, t.Raw);
        f[n++] = Atom.F(22, p1, t.Suffix3);
        f[n++] = Atom.F(23, t.Prefix2);
        f[n++] = Atom.F(24, t.Prefix3);
        f[n++] = Atom.F(25, t.Word, next2.Word);
        f[n++] = Atom.F(26, next.Word, next2.Word);
        f[n++] = Atom.F(27, p1, next.Word);
        f[n++] = Atom.F(28, t.HyphenTail);
        f[n++] = Atom.F(29, prev.Suffix2, t.Suffix2);
        return f[..n];
    }

    private readonly record struct TokenAtoms(
        ulong Word, ulong Raw, ulong Suffix2, ulong Suffix3, ulong Suffix4, ulong Prefix1, ulong Prefix2, ulong Prefix3,
        ulong Shape, ulong Capitalization, ulong HyphenTail)
    {
        private static readonly ulong NoHyphen = Atom.Of("-none-");
        private static readonly ulong CapFirst = Atom.Of("CapFirst");
        private static readonly ulong Cap = Atom.Of("Cap");
        private static readonly ulong Low = Atom.Of("low");

        public TokenAtoms WithCapitalization(string word, bool first) =>
            this with { Capitalization = char.IsUpper(word[0]) ? (first ? CapFirst : Cap) : Low };

        public static TokenAtoms Padding(string marker)
        {
            var a = Atom.Of(marker);
            return new TokenAtoms(a, a, a, a, a, a, a, a, a, a, a);
        }

        public static TokenAtoms Of(string word, bool first)
        {
            var w = WordShape.Normalize(word);
            var hyphen = word.LastIndexOf('-');
            return new TokenAtoms(
                Atom.Of(w),
                Atom.Of(word),
                Atom.Of(WordShape.Suffix(w, 2)),
                Atom.Of(WordShape.Suffix(w, 3)),
                Atom.Of(WordShape.Suffix(w, 4)),
                Atom.Of(WordShape.Prefix(w, 1)),
                Atom.Of(WordShape.Prefix(w, 2)),
                Atom.Of(WordShape.Prefix(w, 3)),
                Atom.Of(WordShape.Shape(word)),
                char.IsUpper(word[0]) ? (first ? CapFirst : Cap) : Low,
                hyphen > 0 && hyphen < word.Length - 1 ? Atom.Of(word.AsSpan(hyphen + 1).ToString().ToLowerInvariant()) : NoHyphen);
        }
    }
}
