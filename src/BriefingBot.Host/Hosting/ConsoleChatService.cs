using BriefingBot.Core.Chat;
using BriefingBot.Host.Rendering;
using BriefingBot.Ingestion.Pipeline;

namespace BriefingBot.Host.Hosting;

/// <summary>
/// The offline chat: reads slash commands from stdin and prints the same replies the chat platforms
/// render. The local user is the admin. <c>/quit</c> or end of input stops the bot.
/// </summary>
public sealed partial class ConsoleChatService(
    CommandRouter router,
    IHostApplicationLifetime lifetime,
    ConsoleChatIo io,
    IngestionStatus ingestion,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstIngestionWait = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Piped input arrives at once: a "/quit" read while the web server is still binding would stop the host
        // half-started ("Hosting failed to start"), so the chat opens only once start-up has finished.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            try
            {
                await started.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        // The first question should find the bundled samples: the chat opens once the first ingestion run is over
        // (a second or so), or after FirstIngestionWait if that run is slow.
        try
        {
            await ingestion.FirstRunCompleted.WaitAsync(FirstIngestionWait, stoppingToken);
        }
        catch (TimeoutException)
        {
            LogOpeningBeforeIngestion(logger, FirstIngestionWait);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await io.Output.WriteLineAsync("BriefingBot is running offline. Try /ask who backs Guaido, /brief, /story Venezuela, /help; /quit to stop.");
        while (!stoppingToken.IsCancellationRequested)
        {
            await io.Output.WriteAsync("> ");
            await io.Output.FlushAsync(stoppingToken);
            string? line;
            try
            {
                // Console reads do not observe cancellation; the wait does, so Ctrl+C stops promptly.
                line = await Task.Run(io.Input.ReadLine, CancellationToken.None).WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                lifetime.StopApplication();
                return;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var reply = await router.DispatchAsync(ChatCommand.Parse(line, ChatContext.Console), stoppingToken);
                await io.Output.WriteLineAsync(ConsoleReplyRenderer.Render(reply));
                await io.Output.FlushAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The first ingestion run has not finished after {Wait}; opening the console chat anyway")]
    private static partial void LogOpeningBeforeIngestion(ILogger logger, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "Console chat command failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
