using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Chat;

/// <summary>Turns answers, briefings and stories into platform-neutral replies.</summary>
public static class Replies
{
    public static Reply FromAnswer(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var fields = answer.Entities
            .Take(10)
            .Select(e => new ReplyField($"{e.Name} ({e.Role})", e.Evidence.Count == 0 ? string.Empty : e.Evidence[0].Sentence))
            .ToList();
        return new Reply
        {
            Kind = ReplyKind.Answer,
            Title = answer.Question,
            Text = answer.Text,
            Fields = fields,
            Citations = answer.Citations,
            Footer = answer.IsSupported ? $"confidence {answer.Confidence:0.00}" : null,
        };
    }

    public static Reply FromBriefing(Briefing briefing, string emptyText)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var about = briefing.Topic is null ? string.Empty : $" on {briefing.Topic}";
        return new Reply
        {
            Kind = ReplyKind.Briefing,
            Title = $"Briefing{about}",
            Text = briefing.IsEmpty ? emptyText : $"{briefing.Items.Count} {(briefing.Items.Count == 1 ? "story" : "stories")} since {briefing.Since:yyyy-MM-dd HH:mm} UTC",
            Items = briefing.Items.Select(ToItem).ToList(),
        };
    }

    /// <summary>A scheduled briefing: updates are marked, the topics it follows are named in the footer.</summary>
    public static Reply FromScheduledBriefing(Briefing briefing, IReadOnlyList<string> topics)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(topics);
        var items = briefing.Items.Select(story => briefing.Updates.TryGetValue(story.StoryId, out var outlets)
            ? ToItem(story) with { IsUpdate = true, Outlets = outlets.Concat(story.Outlets).Distinct(StringComparer.OrdinalIgnoreCase).ToList() }
            : ToItem(story)).ToList();
        var count = items.Count(i => !i.IsUpdate);
        var updates = items.Count - count;
        var text = briefing.IsEmpty
            ? "No news since the last briefing."
            : $"{count} new {(count == 1 ? "story" : "stories")}{(updates > 0 ? $" and {updates} {(updates == 1 ? "update" : "updates")}" : string.Empty)} since {briefing.Since:yyyy-MM-dd HH:mm} UTC";
        return new Reply
        {
            Kind = ReplyKind.Briefing,
            Title = "Your briefing",
            Text = text,
            Items = items,
            Footer = topics.Count == 0 ? null : "Topics: " + string.Join(", ", topics),
        };
    }

    public static Reply FromStory(StoryDigest story, IReadOnlyList<Language.Entities.Actor>? actors = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var timeline = story.Articles
            .OrderBy(a => a.Published ?? a.IngestedAt)
            .Select(a => new ReplyField($"{a.Published ?? a.IngestedAt:yyyy-MM-dd} · {a.Source ?? "unknown outlet"}", a.Title))
            .ToList();
        if (actors is { Count: > 0 })
        {
            timeline.Insert(0, new ReplyField("Main actors", string.Join(" · ", actors.Select(a => $"{a.Name} ({a.Type}, {a.Mentions}×)"))));
        }

        return new Reply
        {
            Kind = ReplyKind.Story,
            Title = story.Title,
            Text = string.Join(" ", story.Summary),
            Fields = timeline,
            Items = [ToItem(story)],
            Footer = $"first seen {story.FirstSeen:yyyy-MM-dd HH:mm} UTC · last seen {story.LastSeen:yyyy-MM-dd HH:mm} UTC",
        };
    }

    private static ReplyItem ToItem(StoryDigest story)
    {
        var lead = story.Articles.Count > 0 ? story.Articles[0] : null;
        return new ReplyItem(story.Title, lead?.Url, string.Join(" ", story.Summary), story.Outlets, lead?.Published ?? story.FirstSeen);
    }
}
