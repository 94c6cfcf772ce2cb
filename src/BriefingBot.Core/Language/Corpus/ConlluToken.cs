namespace BriefingBot.Core.Language.Corpus;

/// <summary>One word line of a CoNLL-U sentence (multiword-token and empty-node lines are kept apart).</summary>
public sealed class ConlluToken
{
    public required int Id { get; init; }

    public required string Form { get; init; }

    public string Lemma { get; set; } = "_";

    public string Upos { get; set; } = "_";

    public string Xpos { get; set; } = "_";

    public string Feats { get; set; } = "_";

    /// <summary>Index of the head word (0 = root), or -1 when unknown.</summary>
    public int Head { get; set; } = -1;

    public string DepRel { get; set; } = "_";

    public string Deps { get; set; } = "_";

    public string Misc { get; set; } = "_";
}
