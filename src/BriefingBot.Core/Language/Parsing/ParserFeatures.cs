using BriefingBot.Core.Language.Learning;

namespace BriefingBot.Core.Language.Parsing;

/// <summary>The transition classifier's features: words, tags and children around the stack top and buffer front.</summary>
internal static class ParserFeatures
{
    public const int Max = 80;

    private static readonly ulong[] DistanceAtoms = Enumerable.Range(0, 8).Select(Atom.Of).ToArray();

    public static ReadOnlySpan<ulong> Extract(ParseInput input, ParserState state, Span<ulong> f)
    {
        var s0 = state.S(0);
        var s1 = state.S(1);
        var s2 = state.S(2);
        var b0 = state.B(0);
        var b1 = state.B(1);
        var b2 = state.B(2);

        ulong W(int i) => i < 0 ? Atom.None : input.W[i];
        ulong T(int i) => i < 0 ? Atom.None : input.T[i];
        ulong X(int i) => i < 0 ? Atom.None : input.X[i];
        int Lc(int i) => i <= 0 ? -1 : state.LeftChild[i] == 0 ? -1 : state.LeftChild[i];
        int Lc2(int i) => i <= 0 ? -1 : state.LeftChild2[i] == 0 ? -1 : state.LeftChild2[i];
        int Rc(int i) => i < 0 ? -1 : state.RightChild[i] == 0 ? -1 : state.RightChild[i];
        int Rc2(int i) => i < 0 ? -1 : state.RightChild2[i] == 0 ? -1 : state.RightChild2[i];

        var s0w = W(s0); var s0t = T(s0); var s0x = X(s0);
        var s1w = W(s1); var s1t = T(s1);
        var b0w = W(b0); var b0t = T(b0); var b0x = X(b0);
        var b1w = W(b1); var b1t = T(b1);
        var b2t = T(b2);
        var s2t = T(s2);
        var s0L = Lc(s0); var s0R = Rc(s0); var s0L2 = Lc2(s0); var s0R2 = Rc2(s0);
        var s1L = Lc(s1); var s1R = Rc(s1);
        var b0L = Lc(b0); var b0L2 = Lc2(b0);
        var s0Lt = T(s0L); var s0Rt = T(s0R); var b0Lt = T(b0L); var s1Rt = T(s1R);
        var distance = s0 > 0 && b0 > 0 ? DistanceAtoms[Math.Min(b0 - s0, 7)] : Atom.None;
        var distance10 = s1 >= 0 && s0 > 0 ? DistanceAtoms[Math.Min(s0 - s1, 7)] : Atom.None;
        var s0Left = Atom.Of(s0 > 0 ? Math.Min(state.LeftCount[s0], 5) : -1);
        var s0Right = Atom.Of(s0 >= 0 ? Math.Min(state.RightCount[s0], 5) : -1);
        var b0Left = Atom.Of(b0 > 0 ? Math.Min(state.LeftCount[b0], 5) : -1);

        var n = 0;
        f[n++] = Atom.F(1, s0w);
        f[n++] = Atom.F(2, s0t);
        f[n++] = Atom.F(3, s0w, s0t);
        f[n++] = Atom.F(4, s1w);
        f[n++] = Atom.F(5, s1t);
        f[n++] = Atom.F(6, s1w, s1t);
        f[n++] = Atom.F(7, b0w);
        f[n++] = Atom.F(8, b0t);
        f[n++] = Atom.F(9, b0w, b0t);
        f[n++] = Atom.F(10, b1w);
        f[n++] = Atom.F(11, b1t);
        f[n++] = Atom.F(12, b1w, b1t);
        f[n++] = Atom.F(13, b2t);
        f[n++] = Atom.F(14, s2t);
        f[n++] = Atom.F(15, s0x);
        f[n++] = Atom.F(16, b0x);
        f[n++] = Atom.F(17, s0x, b0x);

        f[n++] = Atom.F(20, s0w, s0t, b0w, b0t);
        f[n++] = Atom.F(21, s0w, s0t, b0w);
        f[n++] = Atom.F(22, s0w, b0w, b0t);
        f[n++] = Atom.F(23, s0w, s0t, b0t);
        f[n++] = Atom.F(24, s0t, b0w, b0t);
        f[n++] = Atom.F(25, s0w, b0w);
        f[n++] = Atom.F(26, s0t, b0t);
        f[n++] = Atom.F(27, b0t, b1t);
        f[n++] = Atom.F(28, s1w, s0w);
        f[n++] = Atom.F(29, s1t, s0t);
        f[n++] = Atom.F(30, s1w, s1t, s0t);
        f[n++] = Atom.F(31, s1t, s0w, s0t);

        f[n++] = Atom.F(40, b0t, b1t, b2t);
        f[n++] = Atom.F(41, s0t, b0t, b1t);
        f[n++] = Atom.F(42, s1t, s0t, b0t);
        f[n++] = Atom.F(43, s0t, s0Lt, b0t);
        f[n++] = Atom.F(44, s0t, s0Rt, b0t);
        f[n++] = Atom.F(45, s0t, b0t, b0Lt);
        f[n++] = Atom.F(46, s1t, s0t, s0Lt);
        f[n++] = Atom.F(47, s1t, s1Rt, s0t);
        f[n++] = Atom.F(48, s2t, s1t, s0t);
        f[n++] = Atom.F(49, s0t, s0Lt, T(s0L2));
        f[n++] = Atom.F(50, s0t, s0Rt, T(s0R2));
        f[n++] = Atom.F(51, b0t, b0Lt, T(b0L2));
        f[n++] = Atom.F(52, s1t, T(s1L), s0t);

        f[n++] = Atom.F(60, s0w, distance);
        f[n++] = Atom.F(61, s0t, distance);
        f[n++] = Atom.F(62, b0w, distance);
        f[n++] = Atom.F(63, b0t, distance);
        f[n++] = Atom.F(64, s0w, b0w, distance);
        f[n++] = Atom.F(65, s0t, b0t, distance);
        f[n++] = Atom.F(66, s1t, s0t, distance10);
        f[n++] = Atom.F(67, s0w, s0Left);
        f[n++] = Atom.F(68, s0t, s0Left);
        f[n++] = Atom.F(69, s0w, s0Right);
        f[n++] = Atom.F(70, s0t, s0Right);
        f[n++] = Atom.F(71, b0w, b0Left);
        f[n++] = Atom.F(72, b0t, b0Left);
        f[n++] = Atom.F(73, W(s0L), s0t);
        f[n++] = Atom.F(74, W(s0R), s0t);
        f[n++] = Atom.F(75, W(b0L), b0t);
        f[n++] = Atom.F(76, Atom.Of(state.BufferEmpty ? 1 : 0), s0t);
        f[n++] = Atom.F(80, s1t, b0t);
        f[n++] = Atom.F(81, s1w, b0t);
        f[n++] = Atom.F(82, s0t, b1w);
        f[n++] = Atom.F(83, s1t, s0t, b0t, b1t);
        var punctuation = 0;
        if (s0 > 0 && b0 > 0)
        {
            for (var k = s0 + 1; k < b0 && punctuation < 3; k++)
            {
                punctuation += input.Upos[k] == "PUNCT" ? 1 : 0;
            }
        }

        var between = Atom.Of(punctuation);
        f[n++] = Atom.F(84, s0t, b0t, between);
        f[n++] = Atom.F(85, s0w, b0t, between);
        f[n++] = Atom.F(86, X(s1), s0x, b0x);
        f[n++] = Atom.F(87, s0x, b0x, X(b1));
        f[n++] = Atom.F(88, T(b0 > 0 && b0 - 1 > 0 ? b0 - 1 : -1), b0t, s0t);
        return f[..n];
    }
}
