using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Entities;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Chat;

/// <summary><c>/story &lt;topic&gt;</c>: the story so far — summary, main actors, timeline and outlets of the best-matching story.</summary>
public sealed class StoryCommandHandler(IStoryStore store, LanguageModels? languageModels = null) : ICommandHandler
{
    // The actors are read from the story's first few articles: enough to know who it is about, quick to parse.
    private const int ActorArticles = 3;

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
        if (stories.Count == 0)
        {
            return Reply.Notice($"No stored story matches \"{command.Text}\".");
        }

        var story = stories[0];
        var ids = story.Articles.Take(ActorArticles).Select(a => a.ArticleId).ToList();
        var sentences = await store.GetSentencesAsync(ids, cancellationToken);
        var articles = ids.Select(id => (IReadOnlyList<string>)sentences.Where(s => s.Article.ArticleId == id).Select(s => s.Text).ToList()).ToList();
        return Replies.FromStory(story, Actors.Find(articles, languageModels ?? LanguageModels.Default));
    }
}
