using System.Net;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord;

/// <summary>
/// Posts replies to Discord channels. A scheduled post carries its delivery key twice: as the message
/// <c>nonce</c> with <c>enforce_nonce</c> (a retried create within Discord's window returns the first message),
/// and in the lead embed's footer, where <see cref="FindDeliveryAsync"/> looks for it in the channel's recent messages.
/// </summary>
public sealed class DiscordChatPlatform(DiscordRestClient rest, Microsoft.Extensions.Options.IOptions<DiscordOptions> options) : IChatPlatform
{
    public const string PlatformName = "discord";
    private const int RecentMessages = 50;

    public string Name => PlatformName;

    public async Task<PostedMessage> PostAsync(ChannelAddress channel, Reply reply, DeliveryKey? key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(reply);
        EnsureConfigured();
        var messages = DiscordMessageRenderer.Render(reply, key?.Value);
        string? first = null;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (key is not null)
            {
                message["nonce"] = i == 0 ? key.Value : $"{key.Value}.{i}";
                message["enforce_nonce"] = true;
            }

            var created = await CallAsync(() => rest.SendAsync(HttpMethod.Post, $"channels/{channel.ChannelId}/messages", message, cancellationToken), channel, cancellationToken);
            first ??= created?["id"]?.GetValue<string>() ?? string.Empty;
        }

        return new PostedMessage(first ?? string.Empty);
    }

    public async Task<PostedMessage?> FindDeliveryAsync(ChannelAddress channel, DeliveryKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(key);
        EnsureConfigured();
        var recent = await CallAsync(() => rest.SendAsync(HttpMethod.Get, $"channels/{channel.ChannelId}/messages?limit={RecentMessages}", null, cancellationToken), channel, cancellationToken);
        foreach (var message in recent as JsonArray ?? [])
        {
            var footer = message?["embeds"]?[0]?["footer"]?["text"]?.GetValue<string>();
            if (footer is not null && (footer == key.Value || footer.EndsWith(" · " + key.Value, StringComparison.Ordinal)))
            {
                return new PostedMessage(message!["id"]?.GetValue<string>() ?? string.Empty);
            }
        }

        return null;
    }

    private void EnsureConfigured()
    {
        if (!options.Value.IsEnabled)
        {
            throw new ChatDeliveryException(DeliveryFailure.Unauthorized, "Discord is not configured on this bot (Discord:BotToken is not set)");
        }
    }

    private static async Task<JsonNode?> CallAsync(Func<Task<JsonNode?>> call, ChannelAddress channel, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (DiscordApiException ex)
        {
            var failure = ex.Status switch
            {
                HttpStatusCode.Unauthorized => DeliveryFailure.Unauthorized,
                HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest => DeliveryFailure.ChannelUnavailable,
                _ => DeliveryFailure.Transient,
            };
            throw new ChatDeliveryException(failure, $"Discord refused the post to channel {channel.ChannelId}: {ex.Message}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ChatDeliveryException(DeliveryFailure.Transient, $"Discord could not be reached: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChatDeliveryException(DeliveryFailure.Transient, "Discord did not answer in time", ex);
        }
    }
}
