using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Renders a platform-neutral reply as Discord messages: a lead embed (title, text, fields, footer carrying the
/// delivery key), one embed per story and one for sources, split across as many messages as the limits need
/// (10 embeds and 6,000 characters a message). Every message disables mentions; every text is escaped.
/// </summary>
public static class DiscordMessageRenderer
{
    private const int Blurple = 0x5865F2;
    private const int Red = 0xED4245;

    public static IReadOnlyList<JsonObject> Render(Reply reply, string? deliveryKey = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var embeds = new List<Embed>();
        var lead = new Embed
        {
            Title = DiscordText.Escape(reply.Title, DiscordLimits.EmbedTitle),
            Description = DiscordText.Escape(reply.Text, DiscordLimits.EmbedDescription),
            Color = reply.Kind == ReplyKind.Error ? Red : Blurple,
        };
        // The key stays whole at the end of the footer: FindDeliveryAsync looks for it there.
        var footer = string.Join(" · ", new[] { reply.Footer is null ? null : DiscordText.Escape(reply.Footer, 1000), deliveryKey }.Where(s => !string.IsNullOrEmpty(s)));
        lead.Footer = footer.Length == 0 ? null : footer;
        embeds.Add(lead);
        var current = lead;
        foreach (var field in reply.Fields)
        {
            var name = DiscordText.Escape(string.IsNullOrWhiteSpace(field.Name) ? "·" : field.Name, DiscordLimits.FieldName);
            var value = DiscordText.Escape(string.IsNullOrWhiteSpace(field.Value) ? "·" : field.Value, DiscordLimits.FieldValue);
            if (current.Fields.Count == DiscordLimits.Fields || current.Size + name.Length + value.Length > DiscordLimits.CharactersPerMessage)
            {
                current = new Embed { Color = lead.Color };
                embeds.Add(current);
            }

            current.Fields.Add((name, value));
        }

        embeds.AddRange(reply.Items.Select(Item));
        if (reply.Citations.Count > 0)
        {
            embeds.Add(Sources(reply));
        }

        return Split(embeds);
    }

    private static Embed Item(ReplyItem item)
    {
        var embed = new Embed
        {
            Title = DiscordText.Escape((item.IsUpdate ? "Update: " : string.Empty) + item.Title, DiscordLimits.EmbedTitle),
            Url = Uri.TryCreate(item.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.AbsoluteUri : null,
            Description = DiscordText.Escape(item.Summary, DiscordLimits.ItemSummary),
            Timestamp = item.Time,
            Color = item.IsUpdate ? 0xFEE75C : Blurple,
        };
        if (item.Outlets.Count > 0)
        {
            embed.Fields.Add(("Outlets", DiscordText.Escape(string.Join(", ", item.Outlets), DiscordLimits.FieldValue)));
        }

        return embed;
    }

    private static Embed Sources(Reply reply)
    {
        var text = new StringBuilder();
        var n = 1;
        foreach (var citation in reply.Citations)
        {
            var when = citation.Published is { } p ? ", " + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
            var title = DiscordText.Escape(citation.Title, 200);
            var line = citation.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? $"[{n}] [{title}]({url.AbsoluteUri}) ({DiscordText.Escape(citation.Source ?? "unknown outlet", 100)}{when})\n> {DiscordText.Escape(citation.Sentence, 300)}\n"
                : $"[{n}] {title} ({DiscordText.Escape(citation.Source ?? "unknown outlet", 100)}{when})\n> {DiscordText.Escape(citation.Sentence, 300)}\n";
            if (text.Length + line.Length > DiscordLimits.EmbedDescription)
            {
                break;
            }

            text.Append(line);
            n++;
        }

        return new Embed { Title = "Sources", Description = text.ToString().TrimEnd(), Color = Blurple };
    }

    private static List<JsonObject> Split(List<Embed> embeds)
    {
        var messages = new List<JsonObject>();
        var batch = new JsonArray();
        var size = 0;
        foreach (var embed in embeds.Where(e => e.Size > 0))
        {
            if (batch.Count == DiscordLimits.EmbedsPerMessage || (batch.Count > 0 && size + embed.Size > DiscordLimits.CharactersPerMessage))
            {
                messages.Add(Message(batch));
                batch = [];
                size = 0;
            }

            batch.Add(embed.ToJson());
            size += embed.Size;
        }

        if (batch.Count > 0 || messages.Count == 0)
        {
            messages.Add(Message(batch));
        }

        return messages;
    }

    /// <summary>The one place a message body is made: mentions are always disabled.</summary>
    private static JsonObject Message(JsonArray embeds) => new()
    {
        ["content"] = embeds.Count == 0 ? "·" : string.Empty,
        ["embeds"] = embeds,
        ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
    };

    private sealed class Embed
    {
        public string? Title { get; set; }

        public string? Url { get; set; }

        public string? Description { get; set; }

        public string? Footer { get; set; }

        public DateTimeOffset? Timestamp { get; set; }

        public int Color { get; set; }

        public List<(string Name, string Value)> Fields { get; } = [];

        public int Size => (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Length ?? 0) + Fields.Sum(f => f.Name.Length + f.Value.Length);

        public JsonObject ToJson()
        {
            var json = new JsonObject { ["color"] = Color };
            if (!string.IsNullOrEmpty(Title))
            {
                json["title"] = Title;
            }

            if (Url is not null)
            {
                json["url"] = Url;
            }

            if (!string.IsNullOrEmpty(Description))
            {
                json["description"] = Description;
            }

            if (Timestamp is { } t)
            {
                json["timestamp"] = t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            }

            if (Footer is not null)
            {
                json["footer"] = new JsonObject { ["text"] = Footer };
            }

            if (Fields.Count > 0)
            {
                json["fields"] = new JsonArray(Fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["value"] = f.Value, ["inline"] = false }).ToArray());
            }

            return json;
        }
    }
}
