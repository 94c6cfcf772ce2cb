using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Slack.Rendering;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack;

/// <summary>
/// Posts replies to Slack channels as Block Kit messages, paced per channel, with unfurling off. Slack has no
/// idempotency key for <c>chat.postMessage</c>, so a scheduled post carries its delivery key in the message's
/// metadata, where <see cref="FindDeliveryAsync"/> looks for it in the channel's history before posting again.
/// </summary>
public sealed class SlackChatPlatform(SlackWebApiClient api, IOptions<SlackOptions> options) : IChatPlatform
{
    public const string PlatformName = "slack";
    public const string DeliveryEventType = "briefingbot_delivery";
    private const int RecentMessages = 50;

    public string Name => PlatformName;

    public async Task<PostedMessage> PostAsync(ChannelAddress channel, Reply reply, DeliveryKey? key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(reply);
        EnsureConfigured();
        var messages = SlackMessageRenderer.Render(reply);
        string? first = null;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            message["channel"] = channel.ChannelId;
            message["unfurl_links"] = false;
            message["unfurl_media"] = false;
            if (key is not null)
            {
                message["metadata"] = new JsonObject
                {
                    ["event_type"] = DeliveryEventType,
                    ["event_payload"] = new JsonObject { ["key"] = key.Value, ["part"] = i },
                };
            }

            var posted = await CallAsync(() => api.PostMessageAsync(message, cancellationToken), channel, cancellationToken);
            first ??= posted["ts"]?.GetValue<string>() ?? string.Empty;
        }

        return new PostedMessage(first ?? string.Empty);
    }

    public async Task<PostedMessage?> FindDeliveryAsync(ChannelAddress channel, DeliveryKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(key);
        EnsureConfigured();
        var arguments = new Dictionary<string, string>
        {
            ["channel"] = channel.ChannelId,
            ["limit"] = RecentMessages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["include_all_metadata"] = "true",
        };
        JsonObject history;
        try
        {
            history = await CallAsync(() => api.CallFormAsync("conversations.history", arguments, cancellationToken), channel, cancellationToken);
        }
        catch (ChatDeliveryException ex) when (ex.Failure == DeliveryFailure.ChannelUnavailable)
        {
            // With chat:write.public the bot posts to public channels it has not joined but cannot read them: it
            // cannot tell, so the post that follows decides (and reports the channel if it is really out of reach).
            return null;
        }

        foreach (var message in history["messages"] as JsonArray ?? [])
        {
            var metadata = message?["metadata"];
            if (metadata?["event_type"]?.GetValue<string>() == DeliveryEventType && metadata["event_payload"]?["key"]?.GetValue<string>() == key.Value)
            {
                return new PostedMessage(message!["ts"]?.GetValue<string>() ?? string.Empty);
            }
        }

        return null;
    }

    private void EnsureConfigured()
    {
        if (!options.Value.IsEnabled)
        {
            throw new ChatDeliveryException(DeliveryFailure.Unauthorized, "Slack is not configured on this bot (Slack:BotToken is not set)");
        }
    }

    private static async Task<JsonObject> CallAsync(Func<Task<JsonObject>> call, ChannelAddress channel, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (SlackApiException ex)
        {
            var failure = ex.Kind switch
            {
                SlackErrorKind.ChannelUnavailable => DeliveryFailure.ChannelUnavailable,
                SlackErrorKind.Unauthorized or SlackErrorKind.MissingScope => DeliveryFailure.Unauthorized,
                _ => DeliveryFailure.Transient,
            };
            var hint = ex.Error == "not_in_channel" ? " (invite the bot with /invite, or give it chat:write.public for public channels)" : string.Empty;
            throw new ChatDeliveryException(failure, $"Slack refused the post to channel {channel.ChannelId}: {ex.Error}{hint}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ChatDeliveryException(DeliveryFailure.Transient, $"Slack could not be reached: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChatDeliveryException(DeliveryFailure.Transient, "Slack did not answer in time", ex);
        }
    }
}
