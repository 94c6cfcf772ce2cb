using BriefingBot.Core.Chat;

namespace BriefingBot.Slack.Tests.Commands;

/// <summary>A command that takes longer than any inline budget, so its answer must go through response_url.</summary>
public sealed class SlowCommand : ICommandHandler
{
    public string Name => "slow";

    public string Help => "/slow — answers after a second";

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return new Reply { Kind = ReplyKind.Answer, Title = "Slow answer", Text = "done <!channel>" };
    }
}
