namespace BriefingBot.Core.Chat;

/// <summary><c>/help</c>: what the bot can do.</summary>
public sealed class HelpCommandHandler(IServiceProvider services) : ICommandHandler
{
    public string Name => "help";

    public string Help => "/help — this list";

    public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        // Resolved lazily: the router owns the handlers, and this handler is one of them.
        var handlers = (IEnumerable<ICommandHandler>?)services.GetService(typeof(IEnumerable<ICommandHandler>)) ?? [];
        var lines = handlers.OrderBy(h => h.Name, StringComparer.Ordinal).Select(h => h.Help);
        return Task.FromResult(new Reply
        {
            Kind = ReplyKind.Help,
            Title = "BriefingBot",
            Text = string.Join('\n', lines),
            Ephemeral = true,
        });
    }
}
