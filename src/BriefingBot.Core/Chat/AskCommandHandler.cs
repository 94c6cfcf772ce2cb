using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Chat;

/// <summary><c>/ask &lt;question&gt;</c>: a grounded answer with citations.</summary>
public sealed class AskCommandHandler(IAnswerEngine engine) : ICommandHandler
{
    public string Name => "ask";

    public string Help => "/ask <question> — an answer from the stored articles, with citations";

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.Text))
        {
            return Reply.Error("Ask me something, for example: /ask who backs Guaido");
        }

        return Replies.FromAnswer(await engine.AskAsync(command.Text, cancellationToken));
    }
}
