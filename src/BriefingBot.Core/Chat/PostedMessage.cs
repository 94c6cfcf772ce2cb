namespace BriefingBot.Core.Chat;

/// <summary>A message the platform accepted; a long reply may have become several messages (the first id is kept).</summary>
public sealed record PostedMessage(string MessageId);
