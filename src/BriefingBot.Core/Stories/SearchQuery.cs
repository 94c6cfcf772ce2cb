namespace BriefingBot.Core.Stories;

/// <summary>
/// Terms for full-text search. A document matches when it holds any of the terms (if there are any) and
/// at least one alternative of every group in <see cref="RequiredAny"/>.
/// </summary>
public sealed record SearchQuery
{
    public required IReadOnlyList<string> Terms { get; init; }

    public IReadOnlyList<IReadOnlyList<string>> RequiredAny { get; init; } = [];

    public bool IsEmpty => Terms.Count == 0 && RequiredAny.Count == 0;
}
