using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Chat;

/// <summary>
/// A platform-neutral message. Every text in it may come from a news article: renderers must escape it
/// and never let it mention anyone.
/// </summary>
public sealed record Reply
{
    public required ReplyKind Kind { get; init; }

    public string? Title { get; init; }

    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<ReplyField> Fields { get; init; } = [];

    public IReadOnlyList<ReplyItem> Items { get; init; } = [];

    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public string? Footer { get; init; }

    /// <summary>Shown only to the user who asked, where the platform supports it.</summary>
    public bool Ephemeral { get; init; }

    public static Reply Error(string text) => new() { Kind = ReplyKind.Error, Text = text, Ephemeral = true };

    public static Reply Notice(string text) => new() { Kind = ReplyKind.Notice, Text = text };
}
