using BriefingBot.Core.Language.Learning;

namespace BriefingBot.Core.Language.Parsing;

/// <summary>Names each arc of a parsed tree (nsubj, obj, obl, nmod:poss …) with an averaged perceptron over the arc's surroundings.</summary>
internal sealed class ArcLabeler
{
    private const int MaxFeatures = 48;
    private static readonly ulong[] DistanceAtoms = Enumerable.Range(-8, 17).Select(Atom.Of).ToArray();
    private static readonly HashSet<string> FunctionTags = new(StringComparer.Ordinal) { "ADP", "SCONJ", "PART", "AUX", "DET", "PRON", "PUNCT", "CCONJ" };

    private readonly AveragedPerceptron model;

    public ArcLabeler(AveragedPerceptron model, string[] labels)
    {
        this.model = model;
        Labels = labels;
    }

    public string[] Labels { get; }

    public AveragedPerceptron Model => model;

    public string[] Label(ParseInput input, int[] heads)
    {
        var labels = new string[input.Length + 1];
        var children = Children(heads);
        Span<ulong> f = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Labels.Length];
        for (var d = 1; d <= input.Length; d++)
        {
            labels[d] = heads[d] == 0 ? "root" : Labels[model.Predict(Features(input, heads, children, d, f), scores)];
        }

        return labels;
    }

    /// <summary>One training pass over a gold tree; root arcs are always "root" and are not learned.</summary>
    public int TrainRootAware(ParseInput input, int[] heads, int[] goldLabels, string[] relations)
    {
        var children = Children(heads);
        Span<ulong> f = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Labels.Length];
        var correct = 0;
        for (var d = 1; d <= input.Length; d++)
        {
            if (relations[d] == "root")
            {
                correct++;
                continue;
            }

            var features = Features(input, heads, children, d, f);
            var guess = model.Predict(features, scores);
            model.Tick();
            model.Update(features, goldLabels[d], guess);
            correct += guess == goldLabels[d] ? 1 : 0;
        }

        return correct;
    }

    private static List<int>[] Children(int[] heads)
    {
        var children = new List<int>[heads.Length];
        for (var i = 0; i < heads.Length; i++)
        {
            children[i] = [];
        }

        for (var d = 1; d < heads.Length; d++)
        {
            if (heads[d] >= 0)
            {
                children[heads[d]].Add(d);
            }
        }

        return children;
    }

    private static ReadOnlySpan<ulong> Features(ParseInput input, int[] heads, List<int>[] children, int d, Span<ulong> f)
    {
        var h = heads[d];
        var g = h > 0 ? heads[h] : -1;
        var direction = Atom.Of(h < d ? 1 : 0);
        var distance = DistanceAtoms[Math.Clamp(h == 0 ? 0 : d - h, -8, 8) + 8];
        ulong W(int i) => i < 0 ? Atom.None : input.W[i];
        ulong T(int i) => i < 0 ? Atom.None : input.T[i];
        ulong X(int i) => i < 0 ? Atom.None : input.X[i];
        var dw = W(d); var dt = T(d); var dx = X(d);
        var hw = W(h); var ht = T(h); var hx = X(h);
        var n = 0;
        f[n++] = Atom.F(1, dw);
        f[n++] = Atom.F(2, dt);
        f[n++] = Atom.F(3, dx);
        f[n++] = Atom.F(4, hw);
        f[n++] = Atom.F(5, ht);
        f[n++] = Atom.F(6, hx);
        f[n++] = Atom.F(7, dt, ht, direction);
        f[n++] = Atom.F(8, dx, hx, direction);
        f[n++] = Atom.F(9, dw, ht, direction);
        f[n++] = Atom.F(10, hw, dt, direction);
        f[n++] = Atom.F(11, dw, hw);
        f[n++] = Atom.F(12, dt, ht, distance);
        f[n++] = Atom.F(13, dw, dt, direction);
        f[n++] = Atom.F(14, T(g), ht, dt);
        f[n++] = Atom.F(15, T(d - 1), dt, ht);
        f[n++] = Atom.F(16, dt, T(d + 1 <= input.Length ? d + 1 : -1), ht);
        f[n++] = Atom.F(17, Atom.Of(Math.Min(children[d].Count, 4)), dt);
        f[n++] = Atom.F(18, dx, hw);
        f[n++] = Atom.F(19, dw, hx);
        var k = 0;
        foreach (var c in children[d])
        {
            if (n >= MaxFeatures - 6)
            {
                break;
            }

            if (FunctionTags.Contains(input.Upos[c]))
            {
                f[n++] = Atom.F(30, T(c), W(c));
                f[n++] = Atom.F(31, T(c), W(c), dt, ht);
            }

            if (k++ == 0)
            {
                f[n++] = Atom.F(32, T(c), dt, Atom.Of(c < d ? 1 : 0));
            }
        }

        var siblingsBefore = 0;
        foreach (var sibling in h >= 0 ? children[h] : [])
        {
            siblingsBefore += sibling < d && input.Upos[sibling] != "PUNCT" ? 1 : 0;
        }

        f[n++] = Atom.F(33, Atom.Of(Math.Min(siblingsBefore, 3)), dt, ht, direction);

        // The nearest siblings tell a double object ("gave him the book") from object control ("urged him to go").
        var nextSibling = -1;
        var previousSibling = -1;
        foreach (var sibling in h >= 0 ? children[h] : [])
        {
            if (sibling > d && nextSibling < 0 && input.Upos[sibling] != "PUNCT")
            {
                nextSibling = sibling;
            }

            if (sibling < d && input.Upos[sibling] != "PUNCT")
            {
                previousSibling = sibling;
            }
        }

        f[n++] = Atom.F(34, dt, T(nextSibling), ht);
        f[n++] = Atom.F(35, dt, T(previousSibling), ht, direction);
        f[n++] = Atom.F(36, dt, T(nextSibling), X(nextSibling > 0 ? nextSibling : -1), hw);
        return f[..n];
    }
}
