using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Slack.Rendering;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.Commands;

/// <summary>
/// Answers a slash command within Slack's three seconds, over HTTP or Socket Mode alike: what is ready (a refusal,
/// or an answer within the inline budget) goes in the acknowledgement; otherwise the acknowledgement is a private
/// "working on it" and the answer follows through <c>response_url</c>. <c>/ask</c> answers privately unless asked
/// with <c>--public</c>; errors and refusals are always private.
/// </summary>
public sealed partial class SlackCommandResponder(
    CommandRouter router,
    SlackAdmins admins,
    SlackWebApiClient api,
    IOptions<SlackOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<SlackCommandResponder> logger)
{
    public const string WorkingOnIt = "Working on it…";
    private const string AdminCommand = "briefing";

    /// <summary>The acknowledgement's body: a message with <c>response_type</c>.</summary>
    public async Task<JsonObject> RespondAsync(IReadOnlyDictionary<string, string?> fields, CancellationToken cancellationToken)
    {
        if (!SlackCommandReader.TryRead(fields, options.Value.CommandPrefix, out var slack, out var error))
        {
            return Acknowledgement(Reply.Error(error), isPublic: false);
        }

        var command = slack!.Command;
        if (router.Refuse(command) is { } refusal)
        {
            return Acknowledgement(refusal, isPublic: false);
        }

        var work = await AnswerBudget.StartAsync(() => DispatchAsync(command), options.Value.InlineAnswerBudget, cancellationToken);
        var isPublic = command.Name != "ask" || slack.IsPublic;
        if (work.IsCompletedSuccessfully)
        {
            var reply = work.Result;
            var messages = SlackMessageRenderer.Render(reply);
            if (messages.Count > 1)
            {
                _ = FollowUpAsync(slack.ResponseUrl, messages.Skip(1).ToList(), Visibility(reply, isPublic), replaceFirst: false);
            }

            return Message(messages[0], Visibility(reply, isPublic));
        }

        _ = CompleteLaterAsync(work, slack.ResponseUrl, isPublic);
        return Message(new JsonObject { ["text"] = WorkingOnIt }, "ephemeral");
    }

    private async Task<Reply> DispatchAsync(ChatCommand command)
    {
        if (command.Name == AdminCommand)
        {
            var isAdmin = await admins.IsAdminAsync(command.Context.ServerId ?? string.Empty, command.Context.UserId, lifetime.ApplicationStopping);
            command = command with { Context = command.Context with { IsAdmin = isAdmin } };
        }

        return await router.DispatchAsync(command, lifetime.ApplicationStopping);
    }

    private static JsonObject Acknowledgement(Reply reply, bool isPublic) => Message(SlackMessageRenderer.Render(reply)[0], Visibility(reply, isPublic));

    private async Task CompleteLaterAsync(Task<Reply> work, string? responseUrl, bool isPublic)
    {
        try
        {
            var reply = await work;
            await FollowUpAsync(responseUrl, SlackMessageRenderer.Render(reply), Visibility(reply, isPublic), replaceFirst: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFollowUpFailed(logger, ex);
        }
    }

    private async Task FollowUpAsync(string? responseUrl, IReadOnlyList<JsonObject> messages, string visibility, bool replaceFirst)
    {
        if (responseUrl is null)
        {
            LogNoResponseUrl(logger);
            return;
        }

        try
        {
            // response_url takes five posts; a reply longer than that ends with a note rather than vanishing midway.
            var count = Math.Min(messages.Count, SlackLimits.ResponseUrlMessages);
            for (var i = 0; i < count; i++)
            {
                var message = Message(messages[i], visibility);
                if (i == 0 && replaceFirst && visibility == "ephemeral")
                {
                    message["replace_original"] = true; // the private "working on it" becomes the answer
                }

                if (i == count - 1 && count < messages.Count && message["blocks"] is JsonArray blocks)
                {
                    if (blocks.Count >= SlackLimits.BlocksPerMessage)
                    {
                        blocks.RemoveAt(blocks.Count - 1);
                    }

                    blocks.Add(new JsonObject
                    {
                        ["type"] = "context",
                        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = "The rest did not fit; narrow the question or use /story.", ["verbatim"] = true }),
                    });
                }

                await api.RespondAsync(responseUrl, message, lifetime.ApplicationStopping);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFollowUpFailed(logger, ex);
        }
    }

    private static string Visibility(Reply reply, bool isPublic) => isPublic && !reply.Ephemeral ? "in_channel" : "ephemeral";

    private static JsonObject Message(JsonObject rendered, string visibility)
    {
        rendered["response_type"] = visibility;
        return rendered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a Slack answer through response_url")]
    private static partial void LogFollowUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Slack command came without a response_url; its late answer has nowhere to go")]
    private static partial void LogNoResponseUrl(ILogger logger);
}
