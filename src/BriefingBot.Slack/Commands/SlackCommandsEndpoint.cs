using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Slack.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Slack.Commands;

/// <summary>
/// <c>POST /slack/commands</c>: the Request URL of every slash command. Bodies over the cap get 413, bodies that are
/// not form-encoded 415, unsigned, forged, stale and replayed requests 401, forms without a command 400;
/// <c>ssl_check</c> gets an empty 200; commands are answered through <see cref="SlackCommandResponder"/>.
/// </summary>
public static partial class SlackCommandsEndpoint
{
    public const string Path = "/slack/commands";

    /// <summary>Slash commands are small: text is capped by Slack at a few thousand characters, so 64 KB is ample.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapSlackCommands(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, SlackRequestVerifier verifier, SlackSignatures seen, SlackCommandResponder responder, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SlackCommandsEndpoint).FullName!);
        var body = await BoundedBody.ReadAsync(http.Request.Body, http.Request.ContentLength, MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "request body too large");
        }

        if (!IsForm(http.Request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "expected application/x-www-form-urlencoded");
        }

        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.Ordinal);

        // Slack checks the certificate with ssl_check=1 when the URL is saved; it carries no command and does nothing here.
        if (fields.GetValueOrDefault("ssl_check") == "1" && !fields.ContainsKey("command"))
        {
            return Results.Ok();
        }

        var signature = http.Request.Headers[SlackRequestVerifier.SignatureHeader].ToString();
        var refusal = verifier.Check(signature, http.Request.Headers[SlackRequestVerifier.TimestampHeader], body);
        if (refusal is not null)
        {
            LogRefused(logger, refusal);
            return Problem(StatusCodes.Status401Unauthorized, "invalid request signature");
        }

        if (!seen.Ids.TryAdd(signature))
        {
            LogRefused(logger, "the same signed request twice (a replay)");
            return Problem(StatusCodes.Status401Unauthorized, "replayed request");
        }

        if (!fields.ContainsKey("command"))
        {
            return Problem(StatusCodes.Status400BadRequest, "not a slash command");
        }

        var response = await responder.RespondAsync(fields, http.RequestAborted);
        return Results.Text(response.ToJsonString(), "application/json");
    }

    private static bool IsForm(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static IResult Problem(int status, string error) =>
        Results.Text(new JsonObject { ["error"] = error }.ToJsonString(), "application/json", statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to the Slack commands endpoint: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
