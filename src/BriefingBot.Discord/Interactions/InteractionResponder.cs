using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Answers an application command within Discord's three seconds: an answer ready within the inline budget goes
/// in the response (type 4); a slower one is deferred (type 5) and edited in through the webhook when ready.
/// Replies longer than one message continue as follow-ups.
/// </summary>
public sealed partial class InteractionResponder(
    CommandRouter router,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<InteractionResponder> logger)
{
    private const int Ephemeral = 64;

    public async Task<JsonObject> RespondAsync(JsonObject interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (!InteractionReader.TryRead(interaction, out var command, out var isPublic, out var error))
        {
            return Message(DiscordMessageRenderer.Render(Reply.Error(error))[0], Ephemeral);
        }

        var work = router.Refuse(command!) is { } refusal
            ? Task.FromResult(refusal)
            : await AnswerBudget.StartAsync(() => router.DispatchAsync(command!, lifetime.ApplicationStopping), options.Value.InlineAnswerBudget, cancellationToken);

        var flags = command!.Name == "ask" && !isPublic ? Ephemeral : 0;
        var token = interaction["token"]?.GetValue<string>() ?? string.Empty;
        if (work.IsCompletedSuccessfully)
        {
            var reply = work.Result;
            flags |= reply.Ephemeral ? Ephemeral : 0;
            var messages = DiscordMessageRenderer.Render(reply);
            if (messages.Count > 1)
            {
                _ = FollowUpAsync(token, messages.Skip(1).ToList(), flags);
            }

            return Message(messages[0], flags);
        }

        _ = CompleteLaterAsync(work, token, flags);
        return new JsonObject { ["type"] = 5, ["data"] = new JsonObject { ["flags"] = flags } };
    }

    private async Task CompleteLaterAsync(Task<Reply> work, string token, int flags)
    {
        try
        {
            var reply = await work;
            var messages = DiscordMessageRenderer.Render(reply);
            await rest.SendAsync(HttpMethod.Patch, $"webhooks/{options.Value.ApplicationId}/{token}/messages/@original", messages[0], lifetime.ApplicationStopping, global: false);
            await FollowUpAsync(token, messages.Skip(1).ToList(), flags | (reply.Ephemeral ? Ephemeral : 0));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEditFailed(logger, ex);
        }
    }

    private async Task FollowUpAsync(string token, IReadOnlyList<JsonObject> messages, int flags)
    {
        try
        {
            foreach (var message in messages)
            {
                message["flags"] = flags;
                await rest.SendAsync(HttpMethod.Post, $"webhooks/{options.Value.ApplicationId}/{token}", message, lifetime.ApplicationStopping, global: false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEditFailed(logger, ex);
        }
    }

    private static JsonObject Message(JsonObject data, int flags)
    {
        data["flags"] = flags;
        return new JsonObject { ["type"] = 4, ["data"] = data };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a deferred Discord answer")]
    private static partial void LogEditFailed(ILogger logger, Exception exception);
}
