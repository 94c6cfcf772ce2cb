namespace BriefingBot.Core.Language.Learning;

/// <summary>Integer feature building: strings become 64-bit atoms once, and features combine atoms without allocating.</summary>
public static class Atom
{
    public static readonly ulong None = Of("<none>");
    public static readonly ulong Root = Of("<root>");

    /// <summary>The atom of a string: FNV-1a over its characters (with a closing separator), then mixed. Stable across processes, so saved models stay valid.</summary>
    public static ulong Of(ReadOnlySpan<char> value)
    {
        var hash = Mix(0xCBF29CE484222325UL ^ unchecked((ulong)-1));
        foreach (var c in value)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return Mix((hash ^ 0x1F) * 0x100000001B3UL);
    }

    public static ulong Of(int value) => Mix(0x632BE59BD9B4E019UL ^ (ulong)value);

    public static ulong F(int template, ulong a) => Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);

    public static ulong F(int template, ulong a, ulong b) => Mix(F(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    public static ulong F(int template, ulong a, ulong b, ulong c) => Mix(F(template, a, b) ^ (c * 0x165667B19E3779F9UL));

    public static ulong F(int template, ulong a, ulong b, ulong c, ulong d) => Mix(F(template, a, b, c) ^ (d * 0x27D4EB2F165667C5UL));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
