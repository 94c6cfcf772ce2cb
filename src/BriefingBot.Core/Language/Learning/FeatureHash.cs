namespace BriefingBot.Core.Language.Learning;

/// <summary>
/// 64-bit feature keys built without allocating: a template number mixed with the characters of its
/// values. Stable across processes and machines, so trained models can be saved.
/// </summary>
public static class FeatureHash
{
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Start(int template) => Mix(0xCBF29CE484222325UL ^ (ulong)template);

    public static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ c) * Prime;
        }

        return (hash ^ 0x1F) * Prime; // a separator, so ("ab","c") differs from ("a","bc")
    }

    public static ulong Add(ulong hash, int value) => (hash ^ (uint)value ^ 0x9E3779B9UL) * Prime;

    public static ulong Finish(ulong hash) => Mix(hash);

    public static ulong Of(int template, ReadOnlySpan<char> a) => Finish(Add(Start(template), a));

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Finish(Add(Add(Start(template), a), b));

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) => Finish(Add(Add(Add(Start(template), a), b), c));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
