namespace BriefingBot.Core.Chat;

/// <summary>One story in a briefing or story reply: linked title, summary, outlets and time.</summary>
public sealed record ReplyItem(string Title, string? Url, string Summary, IReadOnlyList<string> Outlets, DateTimeOffset? Time);
