using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: Discord's Interactions Endpoint URL. Unsigned, forged, stale and replayed
/// requests get 401; bodies over the cap 413; bodies that are not JSON 400; PING gets PONG; commands are answered
/// through <see cref="InteractionResponder"/>; other interaction types get a polite private note.
/// </summary>
public static partial class InteractionsEndpoint
{
    public const string Path = "/discord/interactions";
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, InteractionVerifier verifier, InteractionIds seen, InteractionResponder responder, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(InteractionsEndpoint).FullName!);
        var body = await BoundedBody.ReadAsync(http.Request.Body, http.Request.ContentLength, MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "request body too large");
        }

        var refusal = verifier.Check(http.Request.Headers["X-Signature-Ed25519"], http.Request.Headers["X-Signature-Timestamp"], body);
        if (refusal is not null)
        {
            LogRefused(logger, refusal);
            return Problem(StatusCodes.Status401Unauthorized, "invalid request signature");
        }

        JsonObject? interaction;
        try
        {
            interaction = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction?["type"] is not JsonValue typeValue || !typeValue.TryGetValue<int>(out var type))
        {
            return Problem(StatusCodes.Status400BadRequest, "not an interaction");
        }

        if (interaction["id"]?.GetValueKind() == JsonValueKind.String && !seen.Ids.TryAdd(interaction["id"]!.GetValue<string>()))
        {
            LogRefused(logger, "the same interaction twice (a replay)");
            return Problem(StatusCodes.Status401Unauthorized, "replayed interaction");
        }

        var response = type switch
        {
            1 => new JsonObject { ["type"] = 1 },
            2 => await responder.RespondAsync(interaction, http.RequestAborted),
            4 => new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = new JsonArray() } },
            _ => new JsonObject
            {
                ["type"] = 4,
                ["data"] = new JsonObject
                {
                    ["content"] = "That kind of interaction is not something I handle yet.",
                    ["flags"] = 64,
                    ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
                },
            },
        };
        return Results.Text(response.ToJsonString(), "application/json");
    }

    private static IResult Problem(int status, string error) =>
        Results.Text(new JsonObject { ["error"] = error }.ToJsonString(), "application/json", statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to the Discord interactions endpoint: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
