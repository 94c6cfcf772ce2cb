using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Llm.Tests;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1: it records each request (body and Authorization
/// header) and answers with the content, status or delay a test sets.
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeOpenAi(WebApplication app, int port)
    {
        this.app = app;
        Endpoint = $"http://127.0.0.1:{port}/v1";
    }

    public string Endpoint { get; }

    public ConcurrentQueue<(JsonObject Body, string? Authorization)> Requests { get; } = new();

    /// <summary>The assistant message the next answers carry.</summary>
    public string Content { get; set; } = "NOT IN SOURCES";

    public int Status { get; set; } = StatusCodes.Status200OK;

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public static async Task<FakeOpenAi> StartAsync()
    {
        var port = Loopback.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeOpenAi(app, port);
        app.MapPost("/v1/chat/completions", (Delegate)fake.CompleteAsync);
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> CompleteAsync(HttpContext context)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        Requests.Enqueue((body, context.Request.Headers.Authorization.ToString()));
        if (Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty;
            }
        }

        if (Status != StatusCodes.Status200OK)
        {
            return Results.Json(new { error = new { message = "the fake was told to fail", type = "server_error" } }, statusCode: Status);
        }

        return Results.Json(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1764201600,
            model = body["model"]?.GetValue<string>(),
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }
}
