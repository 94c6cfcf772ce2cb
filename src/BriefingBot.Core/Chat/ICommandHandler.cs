namespace BriefingBot.Core.Chat;

/// <summary>Handles one chat command by name.</summary>
public interface ICommandHandler
{
    /// <summary>The command's name without the slash ("ask").</summary>
    string Name { get; }

    /// <summary>One line of help: usage and purpose.</summary>
    string Help { get; }

    Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken);
}
