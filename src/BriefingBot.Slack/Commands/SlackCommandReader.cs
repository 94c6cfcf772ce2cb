using BriefingBot.Core.Chat;

namespace BriefingBot.Slack.Commands;

/// <summary>
/// Turns a slash command's fields (the form Slack posts over HTTP, or the payload of a Socket Mode envelope; the
/// same names either way) into a <see cref="SlackCommand"/>. The configured prefix is taken off the name.
/// </summary>
public static class SlackCommandReader
{
    private const string PublicFlag = "--public";

    /// <summary>The command, or an error fit to show the user.</summary>
    public static bool TryRead(IReadOnlyDictionary<string, string?> fields, string prefix, out SlackCommand? command, out string error)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(prefix);
        command = null;
        error = string.Empty;
        var name = Field(fields, "command");
        var channel = Field(fields, "channel_id");
        var user = Field(fields, "user_id");
        if (name is null || !name.StartsWith('/') || name.Length < 2 || channel is null || user is null)
        {
            error = "That command arrived without a name, channel or user.";
            return false;
        }

        name = name[1..].ToLowerInvariant();
        if (prefix.Length > 0 && name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
        {
            name = name[prefix.Length..];
        }

        var text = (Field(fields, "text") ?? string.Empty).Trim();
        var isPublic = false;
        if (text.StartsWith(PublicFlag, StringComparison.OrdinalIgnoreCase) && (text.Length == PublicFlag.Length || char.IsWhiteSpace(text[PublicFlag.Length])))
        {
            isPublic = true;
            text = text[PublicFlag.Length..].TrimStart();
        }

        // An Enterprise Grid install spans workspaces; the workspace (team) is where feeds and limits belong.
        var team = Field(fields, "team_id") ?? Field(fields, "enterprise_id") ?? "unknown";
        var context = new ChatContext(SlackChatPlatform.PlatformName, team, channel, user, IsAdmin: false);
        command = new SlackCommand(new ChatCommand(name, text, context), isPublic, Field(fields, "response_url"));
        return true;
    }

    private static string? Field(IReadOnlyDictionary<string, string?> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
