namespace BriefingBot.Core.Language.Learning;

/// <summary>
/// A multiclass averaged perceptron over hashed sparse features. While training, rows are dense and
/// created only for features that were ever updated; averaging is lazy (each weight remembers when it
/// last changed). <see cref="Average"/> freezes the model into a compact sparse form (only non-zero
/// class weights), which is what is saved, loaded and used for prediction.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> rows = [];
    private readonly List<float[]> weights = [];
    private readonly List<double[]> totals = [];
    private readonly List<int[]> stamps = [];
    private int instances;

    private FeatureTable? frozen;

    public AveragedPerceptron(int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        Classes = classes;
    }

    public int Classes { get; }

    public int Features => frozen?.Count ?? rows.Count;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (length <see cref="Classes"/>).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        if (frozen is not null)
        {
            frozen.AccumulateAll(features, scores);
            return;
        }

        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var w = weights[row];
                for (var c = 0; c < w.Length; c++)
                {
                    scores[c] += w[c];
                }
            }
        }
    }

    public int Predict(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Score(features, scores);
        return ArgMax(scores);
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Counts one training instance (call once per decision, whether or not it was right).</summary>
    public void Tick() => instances++;

    /// <summary>Moves weight from the wrongly predicted class to the right one.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (frozen is not null)
        {
            throw new InvalidOperationException("An averaged model is frozen.");
        }

        if (truth == guess)
        {
            return;
        }

        foreach (var feature in features)
        {
            var row = Row(feature);
            Change(row, truth, amount);
            Change(row, guess, -amount);
        }
    }

    /// <summary>Replaces every weight by its average over all instances, drops |weights| ≤ <paramref name="prune"/>, and freezes the model.</summary>
    public void Average(float prune = 0f) => Freeze(AveragedRows(), prune);

    /// <summary>
    /// One frozen model whose weights are the mean of the averaged weights of several models trained on the same data
    /// in different orders: the perceptron's answer depends on the order it saw the examples in, and on little data
    /// that dependence is large; the mean is one linear model of the same form, with the order's luck averaged out.
    /// </summary>
    public static AveragedPerceptron Mean(IReadOnlyList<AveragedPerceptron> runs, float prune = 0f)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfZero(runs.Count);
        var mean = new Dictionary<ulong, float[]>();
        foreach (var run in runs)
        {
            if (run.frozen is not null || run.Classes != runs[0].Classes)
            {
                throw new ArgumentException("Every run must be unaveraged and have the same classes.", nameof(runs));
            }

            run.AddAveraged(mean, 1f / runs.Count);
        }

        var model = new AveragedPerceptron(runs[0].Classes);
        model.Freeze(mean.Select(p => (p.Key, p.Value)), prune);
        return model;
    }

    private void AddAveraged(Dictionary<ulong, float[]> into, float share)
    {
        foreach (var (feature, averaged) in AveragedRows())
        {
            if (!into.TryGetValue(feature, out var sum))
            {
                into[feature] = sum = new float[Classes];
            }

            for (var c = 0; c < Classes; c++)
            {
                sum[c] += averaged[c] * share;
            }
        }
    }

    // Each feature's weights averaged over all instances, in one buffer reused from row to row (read it before the next):
    // the tagger's and parser's tables hold millions of rows.
    private IEnumerable<(ulong Feature, float[] Weights)> AveragedRows()
    {
        var averaged = new float[Classes];
        foreach (var (feature, row) in rows)
        {
            var w = weights[row];
            for (var c = 0; c < Classes; c++)
            {
                var total = totals[row][c] + ((instances - stamps[row][c]) * (double)w[c]);
                averaged[c] = (float)(total / Math.Max(1, instances));
            }

            yield return (feature, averaged);
        }
    }

    private void Freeze(IEnumerable<(ulong Feature, float[] Weights)> averaged, float prune)
    {
        var keys = new List<ulong>();
        var starts = new List<int>();
        var lengths = new List<ushort>();
        var entries = new List<FeatureTable.Entry>();
        foreach (var (feature, w) in averaged)
        {
            var start = entries.Count;
            for (var c = 0; c < Classes; c++)
            {
                if (Math.Abs(w[c]) > prune)
                {
                    entries.Add(new FeatureTable.Entry((ushort)c, w[c]));
                }
            }

            if (entries.Count > start)
            {
                keys.Add(feature);
                starts.Add(start);
                lengths.Add((ushort)(entries.Count - start));
            }
        }

        rows.Clear();
        weights.Clear();
        totals.Clear();
        stamps.Clear();
        frozen = new FeatureTable([.. keys], [.. starts], [.. lengths], [.. entries]);
    }

    /// <summary>Writes the frozen weights (the number of classes, then the feature table in bulk).</summary>
    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (frozen is null)
        {
            throw new InvalidOperationException("Average the model before saving it.");
        }

        writer.Write(Classes);
        frozen.Save(writer);
    }

    public static AveragedPerceptron Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var model = new AveragedPerceptron(reader.ReadInt32());
        model.frozen = FeatureTable.Load(reader);
        return model;
    }

    private int Row(ulong feature)
    {
        if (!rows.TryGetValue(feature, out var row))
        {
            row = weights.Count;
            rows[feature] = row;
            weights.Add(new float[Classes]);
            totals.Add(new double[Classes]);
            stamps.Add(new int[Classes]);
        }

        return row;
    }

    private void Change(int row, int c, float amount)
    {
        var w = weights[row];
        totals[row][c] += (instances - stamps[row][c]) * (double)w[c];
        stamps[row][c] = instances;
        w[c] += amount;
    }
}
