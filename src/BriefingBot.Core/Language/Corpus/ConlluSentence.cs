namespace BriefingBot.Core.Language.Corpus;

/// <summary>A CoNLL-U sentence: comment lines, words, and any multiword-token or empty-node lines (kept verbatim, placed before the word they precede).</summary>
public sealed class ConlluSentence
{
    public List<string> Comments { get; } = [];

    public List<ConlluToken> Tokens { get; } = [];

    public List<(int BeforeToken, string Line)> OtherLines { get; } = [];

    public string[] Forms() => Tokens.Select(t => t.Form).ToArray();

    /// <summary>The value of a "# key = value" comment, or null.</summary>
    public string? Comment(string key)
    {
        var prefix = "# " + key + " = ";
        return Comments.FirstOrDefault(c => c.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
    }
}
