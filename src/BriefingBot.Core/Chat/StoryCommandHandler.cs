using BriefingBot.Core.Language;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Chat;

/// <summary><c>/story &lt;topic&gt;</c>: the story so far — summary, timeline and outlets of the best-matching story.</summary>
public sealed class StoryCommandHandler(IStoryStore store) : ICommandHandler
{
    public string Name => "story";

    public string Help => "/story <topic> — the story so far: summary, timeline, outlets";

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var terms = Tokenizer.Terms(command.Text);
        if (terms.Count == 0)
        {
            return Reply.Error("Which story? For example: /story Venezuela");
        }

        var stories = await store.SearchStoriesAsync(new SearchQuery { Terms = terms }, 1, cancellationToken);
        return stories.Count == 0
            ? Reply.Notice($"No stored story matches \"{command.Text}\".")
            : Replies.FromStory(stories[0]);
    }
}
