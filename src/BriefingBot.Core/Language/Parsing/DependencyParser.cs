using BriefingBot.Core.Language.Learning;

namespace BriefingBot.Core.Language.Parsing;

/// <summary>
/// A greedy arc-hybrid dependency parser trained with a dynamic oracle and exploration (Goldberg and
/// Nivre 2013), so it learns to recover from its own mistakes and handles non-projective gold trees;
/// a second averaged perceptron then labels every arc with its Universal Dependencies relation.
/// </summary>
public sealed class DependencyParser
{
    private const string Magic = "BriefingBot.DependencyParser";
    private const int Version = 1;
    private const int Actions = 3;

    private readonly AveragedPerceptron transitions;
    private readonly ArcLabeler labeler;

    private DependencyParser(AveragedPerceptron transitions, ArcLabeler labeler)
    {
        this.transitions = transitions;
        this.labeler = labeler;
    }

    public int FeatureRows => transitions.Features + labeler.Model.Features;

    /// <summary>Parses a tagged sentence: for each word (1-based; index 0 unused) its head (0 = root) and relation.</summary>
    public (int[] Heads, string[] Relations) Parse(ParseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var state = new ParserState(input.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[Actions];
        while (!state.IsTerminal)
        {
            transitions.Score(ParserFeatures.Extract(input, state, features), scores);
            state.Apply(BestValid(state, scores));
        }

        var heads = state.Heads;
        heads[0] = -1;
        return (heads, labeler.Label(input, heads));
    }

    /// <summary>Trains on sentences given as (input, gold heads 1-based with [0] unused, gold relations).</summary>
    public static DependencyParser Train(IReadOnlyList<(ParseInput Input, int[] Heads, string[] Relations)> sentences, int iterations, int seed, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var labels = sentences.SelectMany(s => s.Relations.Skip(1)).Where(r => r != "root").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var parser = new DependencyParser(new AveragedPerceptron(Actions), new ArcLabeler(new AveragedPerceptron(labels.Length), labels));
        var random = new Random(seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[Actions];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            random.Shuffle(order);
            long correctHeads = 0, correctLabels = 0, words = 0;
            foreach (var index in order)
            {
                var (input, gold, relations) = sentences[index];
                var state = new ParserState(input.Length);
                while (!state.IsTerminal)
                {
                    var f = ParserFeatures.Extract(input, state, features);
                    parser.transitions.Score(f, scores);
                    var guess = BestValid(state, scores);
                    var best = -1;
                    var bestCost = int.MaxValue;
                    for (var a = 0; a < Actions; a++)
                    {
                        if (!state.IsValid(a))
                        {
                            continue;
                        }

                        var cost = state.Cost(a, gold);
                        if (cost < bestCost || (cost == bestCost && scores[a] > scores[best]))
                        {
                            best = a;
                            bestCost = cost;
                        }
                    }

                    parser.transitions.Tick();
                    if (state.Cost(guess, gold) > bestCost)
                    {
                        parser.transitions.Update(f, best, guess);
                    }

                    // Explore: after the first pass, usually follow the model even when it is wrong.
                    var follow = iteration > 0 && random.NextDouble() < 0.5 ? guess : best;
                    state.Apply(follow);
                }

                // The labeler learns from gold trees, so every relation it sees is a real one.
                var goldLabels = new int[input.Length + 1];
                for (var d = 1; d <= input.Length; d++)
                {
                    goldLabels[d] = relations[d] == "root" ? 0 : labelIndex[relations[d]];
                }

                var goldHeads = (int[])gold.Clone();
                goldHeads[0] = -1;
                for (var d = 1; d <= input.Length; d++)
                {
                    correctHeads += state.Heads[d] == gold[d] ? 1 : 0;
                    words++;
                }

                correctLabels += parser.labeler.TrainRootAware(input, goldHeads, goldLabels, relations);
            }

            log?.Invoke($"parser iteration {iteration + 1}/{iterations}: training UAS {100.0 * correctHeads / words:0.00}%, labels {100.0 * correctLabels / words:0.00}%");
        }

        parser.transitions.Average(prune: 0.005f);
        parser.labeler.Model.Average(prune: 0.005f);
        return parser;
    }

    public void Save(Stream stream) => ModelFile.Write(stream, Magic, Version, writer =>
    {
        ModelFile.WriteStrings(writer, labeler.Labels);
        transitions.Save(writer);
        labeler.Model.Save(writer);
    });

    public static DependencyParser Load(Stream stream) => ModelFile.Read(stream, Magic, Version, reader =>
    {
        var labels = ModelFile.ReadStrings(reader);
        var transitions = AveragedPerceptron.Load(reader);
        return new DependencyParser(transitions, new ArcLabeler(AveragedPerceptron.Load(reader), labels));
    });

    private static int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var a = 0; a < Actions; a++)
        {
            if (state.IsValid(a) && (best < 0 || scores[a] > scores[best]))
            {
                best = a;
            }
        }

        return best;
    }
}
