using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Chat;

/// <summary>The port to a chat platform: posts replies to channels. One implementation per platform.</summary>
public interface IChatPlatform
{
    /// <summary>The platform's name as used in configuration and <see cref="ChatContext.Platform"/> ("discord").</summary>
    string Name { get; }

    /// <summary>
    /// Posts a reply. With a key, the platform is told it (Discord's nonce) and the message carries it, so
    /// <see cref="FindDeliveryAsync"/> can find the post again. Failures are <see cref="ChatDeliveryException"/>.
    /// </summary>
    Task<PostedMessage> PostAsync(ChannelAddress channel, Reply reply, DeliveryKey? key, CancellationToken cancellationToken);

    /// <summary>The channel's recent post that carries the key, or null when the platform has none.</summary>
    Task<PostedMessage?> FindDeliveryAsync(ChannelAddress channel, DeliveryKey key, CancellationToken cancellationToken);
}
