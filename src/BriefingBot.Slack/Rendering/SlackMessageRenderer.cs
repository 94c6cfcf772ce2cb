using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;

namespace BriefingBot.Slack.Rendering;

/// <summary>
/// Renders a platform-neutral reply as Slack messages (<c>text</c> + <c>blocks</c>): a header, the text, one section
/// per field, one section (linked title, summary, outlets) and one context line (the time, in each reader's own
/// zone) per story, the sources, and
/// the footer, split across as many messages as the 50-block limit needs. This is the one place outgoing Slack text
/// is made: every text object is escaped and marked <c>verbatim</c>, so nothing in an article can mention anyone.
/// </summary>
public static class SlackMessageRenderer
{
    public static IReadOnlyList<JsonObject> Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new List<JsonObject>();
        var title = SlackText.Plain(reply.Title, SlackLimits.HeaderText);
        if (title.Length > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = title, ["emoji"] = false } });
        }

        var lead = reply.Kind == ReplyKind.Error ? ":warning: " : string.Empty;
        foreach (var part in Chunks(SlackText.Escape(reply.Text, SlackLimits.SectionText * 4), SlackLimits.SectionText - lead.Length))
        {
            blocks.Add(Section(lead + part));
            lead = string.Empty;
        }

        foreach (var field in reply.Fields)
        {
            var name = SlackText.Escape(field.Name, 200);
            blocks.Add(Section(SlackText.Truncate($"*{name}*\n{SlackText.Escape(field.Value, SlackLimits.SectionText)}", SlackLimits.SectionText)));
        }

        foreach (var item in reply.Items)
        {
            blocks.AddRange(Item(item));
        }

        if (reply.Citations.Count > 0)
        {
            blocks.AddRange(Sources(reply));
        }

        if (!string.IsNullOrWhiteSpace(reply.Footer))
        {
            blocks.Add(Context(SlackText.Escape(reply.Footer, SlackLimits.SectionText)));
        }

        return Split(blocks, Fallback(reply, title));
    }

    private static IEnumerable<JsonObject> Item(ReplyItem item)
    {
        var heading = (item.IsUpdate ? "Update: " : string.Empty) + item.Title;
        var text = $"*{SlackText.Link(item.Url, heading, 300)}*\n{SlackText.Escape(item.Summary, SlackLimits.ItemSummary)}";
        if (item.Outlets.Count > 0)
        {
            text += $"\n_{SlackText.Escape(string.Join(", ", item.Outlets), 500)}_";
        }

        yield return Section(SlackText.Truncate(text, SlackLimits.SectionText));
        if (item.Time is { } time)
        {
            yield return Context(Date(time));
        }
    }

    private static IEnumerable<JsonObject> Sources(Reply reply)
    {
        var text = new StringBuilder("*Sources*\n");
        var n = 1;
        foreach (var citation in reply.Citations)
        {
            var when = citation.Published is { } p ? ", " + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
            var line = $"[{n++}] {SlackText.Link(citation.Url, citation.Title, 200)} ({SlackText.Escape(citation.Source ?? "unknown outlet", 100)}{when})\n&gt; {SlackText.Escape(citation.Sentence, 400)}\n";
            if (text.Length + line.Length > SlackLimits.SectionText)
            {
                yield return Section(text.ToString().TrimEnd());
                text.Clear();
            }

            text.Append(line);
        }

        yield return Section(text.ToString().TrimEnd());
    }

    /// <summary>Slack shows a date token in each reader's own time zone; the fallback is UTC.</summary>
    private static string Date(DateTimeOffset time)
    {
        var unix = time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var fallback = time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return $"<!date^{unix}^{{date_short_pretty}} {{time}}|{fallback}>";
    }

    private static string Fallback(Reply reply, string title)
    {
        var text = title.Length > 0 ? SlackText.Escape(title, 300) : SlackText.Escape(reply.Text, SlackLimits.FallbackText);
        if (title.Length > 0 && reply.Items.Count > 0)
        {
            text += $" ({reply.Items.Count} {(reply.Items.Count == 1 ? "story" : "stories")})";
        }

        return text.Length > 0 ? text : "BriefingBot";
    }

    private static List<JsonObject> Split(List<JsonObject> blocks, string fallback)
    {
        var messages = new List<JsonObject>();
        if (blocks.Count == 0)
        {
            blocks.Add(Section(fallback));
        }

        // A continuation opens with a context line naming what it continues, so it takes one block of the 50.
        for (var start = 0; start < blocks.Count;)
        {
            var room = messages.Count == 0 ? SlackLimits.BlocksPerMessage : SlackLimits.BlocksPerMessage - 1;
            var take = Math.Min(room, blocks.Count - start);
            if (start + take < blocks.Count && take > 1 && blocks[start + take]["type"]?.GetValue<string>() == "context"
                && blocks[start + take - 1]["type"]?.GetValue<string>() == "section")
            {
                take--; // keep a story's section with its context line
            }

            var array = new JsonArray();
            if (messages.Count > 0)
            {
                array.Add(Context($"{fallback} (continued)"));
            }

            foreach (var block in blocks.Skip(start).Take(take))
            {
                array.Add(block);
            }

            messages.Add(new JsonObject { ["text"] = messages.Count == 0 ? fallback : $"{fallback} (continued)", ["blocks"] = array });
            start += take;
        }

        return messages;
    }

    /// <summary>Cuts escaped text into pieces of at most <paramref name="size"/> characters, at a line break where there is one.</summary>
    private static IEnumerable<string> Chunks(string text, int size)
    {
        var rest = text.AsMemory();
        while (rest.Length > 0)
        {
            if (rest.Length <= size)
            {
                yield return rest.ToString();
                yield break;
            }

            var span = rest.Span[..size];
            var cut = span.LastIndexOf('\n');
            if (cut < size / 2)
            {
                cut = span.LastIndexOf(' ');
            }

            if (cut < size / 2)
            {
                cut = size;
                var amp = span.LastIndexOf('&');
                if (amp > size - 5)
                {
                    cut = amp; // not inside an "&amp;"
                }
            }

            yield return rest[..cut].ToString().TrimEnd();
            rest = rest[cut..].TrimStart();
        }
    }

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn, ["verbatim"] = true },
    };

    private static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn, ["verbatim"] = true }),
    };
}
