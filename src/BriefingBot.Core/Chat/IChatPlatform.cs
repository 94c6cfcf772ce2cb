namespace BriefingBot.Core.Chat;

/// <summary>The port to a chat platform: posts a reply to a channel. One implementation per platform.</summary>
public interface IChatPlatform
{
    /// <summary>The platform's name as used in configuration and <see cref="ChatContext.Platform"/> ("discord").</summary>
    string Name { get; }

    Task PostAsync(string channelId, Reply reply, CancellationToken cancellationToken);
}
