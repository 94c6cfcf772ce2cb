namespace BriefingBot.Core.Chat;

/// <summary>
/// One story in a briefing or story reply: linked title, summary, outlets and time. An update is a story
/// briefed before that new outlets have since reported; <see cref="Outlets"/> then lists those new outlets first.
/// </summary>
public sealed record ReplyItem(string Title, string? Url, string Summary, IReadOnlyList<string> Outlets, DateTimeOffset? Time, bool IsUpdate = false);
