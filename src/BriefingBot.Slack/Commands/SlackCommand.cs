using BriefingBot.Core.Chat;

namespace BriefingBot.Slack.Commands;

/// <summary>A slash command as Slack sent it, read into the bot's own command plus what the reply needs.</summary>
/// <param name="Command">The platform-neutral command (admin standing not yet known).</param>
/// <param name="IsPublic">The asker wants the answer shown to the channel (<c>/ask --public …</c>).</param>
/// <param name="ResponseUrl">Where a late answer goes (up to five posts within 30 minutes).</param>
public sealed record SlackCommand(ChatCommand Command, bool IsPublic, string? ResponseUrl);
