namespace BriefingBot.Core.Chat;

/// <summary>A named value in a reply, such as an entity and the evidence for it.</summary>
public sealed record ReplyField(string Name, string Value);
