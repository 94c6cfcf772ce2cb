namespace BriefingBot.Core.Chat;

/// <summary>Where a command came from: platform, server/workspace, channel and user, and whether the user is an admin.</summary>
public sealed record ChatContext(string Platform, string? ServerId, string ChannelId, string UserId, bool IsAdmin)
{
    /// <summary>The local console user: the admin of an offline bot.</summary>
    public static ChatContext Console { get; } = new("console", "local", "console", "local-user", IsAdmin: true);
}
