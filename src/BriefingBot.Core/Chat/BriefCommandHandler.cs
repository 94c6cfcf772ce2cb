using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Chat;

/// <summary><c>/brief [topic]</c>: a briefing of the last day's stories now.</summary>
public sealed class BriefCommandHandler(BriefingComposer composer, TimeProvider time) : ICommandHandler
{
    public string Name => "brief";

    public string Help => "/brief [topic] — the stories of the last 24 hours, one line each";

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var topic = string.IsNullOrWhiteSpace(command.Text) ? null : command.Text.Trim();
        var request = new BriefingRequest(time.GetUtcNow().AddDays(-1), topic);
        var briefing = await composer.ComposeAsync(request, cancellationToken);
        return Replies.FromBriefing(briefing, topic is null ? "No new stories in the last 24 hours." : $"No new stories about {topic} in the last 24 hours.");
    }
}
