using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Chat;

/// <summary>Dispatches chat commands to their handlers; an unknown command or a failing handler gets a polite reply.</summary>
public sealed partial class CommandRouter
{
    private readonly Dictionary<string, ICommandHandler> handlers;
    private readonly ILogger<CommandRouter> logger;

    public CommandRouter(IEnumerable<ICommandHandler> handlers, ILogger<CommandRouter> logger)
    {
        this.handlers = handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        this.logger = logger;
    }

    public IEnumerable<ICommandHandler> Handlers => handlers.Values.OrderBy(h => h.Name, StringComparer.Ordinal);

    public async Task<Reply> DispatchAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Refuse(command) is { } refusal)
        {
            return refusal;
        }

        var handler = handlers[command.Name];
        try
        {
            return await handler.HandleAsync(command, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogHandlerFailed(logger, ex, handler.Name);
            return Reply.Error($"Sorry, /{handler.Name} failed. The error has been logged.");
        }
    }

    /// <summary>
    /// The reply to a command no handler should see (unknown, or text over the limit), else null. It costs
    /// nothing, so platforms put it straight into their acknowledgement.
    /// </summary>
    public Reply? Refuse(ChatCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!handlers.TryGetValue(command.Name, out var handler))
        {
            return Reply.Error($"Unknown command /{Truncate(command.Name, 32)}. {HelpText()}");
        }

        return command.Text.Length > ChatCommand.MaxTextLength
            ? Reply.Error($"That is too long: /{handler.Name} takes at most {ChatCommand.MaxTextLength} characters.")
            : null;
    }

    public string HelpText() => "Commands: " + string.Join(", ", Handlers.Select(h => "/" + h.Name)) + ".";

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    [LoggerMessage(Level = LogLevel.Error, Message = "Command /{Command} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string command);
}
