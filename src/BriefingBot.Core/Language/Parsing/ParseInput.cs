using BriefingBot.Core.Language.Learning;

namespace BriefingBot.Core.Language.Parsing;

/// <summary>
/// A tagged sentence ready for parsing, 1-based (index 0 is the artificial root), with each token's
/// word, UPOS and XPOS already turned into atoms.
/// </summary>
public sealed class ParseInput
{
    public ParseInput(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        Length = words.Count;
        Words = new string[Length + 1];
        Upos = new string[Length + 1];
        W = new ulong[Length + 1];
        T = new ulong[Length + 1];
        X = new ulong[Length + 1];
        Words[0] = "<root>";
        Upos[0] = "ROOT";
        W[0] = T[0] = X[0] = Atom.Root;
        for (var i = 0; i < Length; i++)
        {
            Words[i + 1] = words[i];
            Upos[i + 1] = upos[i];
            W[i + 1] = Atom.Of(WordShape.Normalize(words[i]));
            T[i + 1] = Atom.Of(upos[i]);
            X[i + 1] = Atom.Of(xpos[i]);
        }
    }

    public int Length { get; }

    public string[] Words { get; }

    public string[] Upos { get; }

    public ulong[] W { get; }

    public ulong[] T { get; }

    public ulong[] X { get; }
}
