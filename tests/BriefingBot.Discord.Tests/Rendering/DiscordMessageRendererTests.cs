using System.Text.Json.Nodes;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordMessageRendererTests
{
    private static ReplyItem Item(int i, string? summary = null) =>
        new($"Story {i}", $"https://news.example/{i}", summary ?? $"Summary of story {i}.", ["Harbor Gazette", "Eastvale Courier"], new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    private static int Size(JsonNode embed) =>
        (embed["title"]?.GetValue<string>().Length ?? 0) + (embed["description"]?.GetValue<string>().Length ?? 0)
        + (embed["footer"]?["text"]?.GetValue<string>().Length ?? 0)
        + (embed["fields"] as JsonArray ?? []).Sum(f => f!["name"]!.GetValue<string>().Length + f["value"]!.GetValue<string>().Length);

    [Fact]
    public void Render_ArticleTextThatTriesToPing_CannotPingAnyone()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Briefing,
            Title = "@everyone look",
            Text = "Hi @here and <@123456789012345678> and <@&42>",
            Items = [new ReplyItem("**Breaking** @everyone", "javascript:alert(1)", "`code` [link](https://evil.example) > quote", ["@here News"], null)],
        };

        var message = Assert.Single(DiscordMessageRenderer.Render(reply));
        var json = message.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }); // "<" as itself, so the checks below can fail

        Assert.Equal("{\"parse\":[]}", message["allowed_mentions"]!.ToJsonString());
        Assert.DoesNotContain("@everyone", json, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", json, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\\\)<@", json); // "<@" only ever as the escaped "\<@", which Discord shows as text
        Assert.Contains("\\\\<@\u200B123456789012345678", json, StringComparison.Ordinal);
        Assert.Contains("\\\\*\\\\*Breaking\\\\*\\\\*", json, StringComparison.Ordinal);
        Assert.Null(message["embeds"]![1]!["url"]); // not an http(s) link
    }

    [Fact]
    public void Render_LongBriefing_IsSplitWithinEveryLimit()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Briefing,
            Title = new string('T', 400),
            Text = new string('x', 5000),
            Items = Enumerable.Range(1, 30).Select(i => Item(i, new string('s', 900))).ToList(),
            Fields = Enumerable.Range(1, 30).Select(i => new ReplyField(new string('n', 300), new string('v', 2000))).ToList(),
        };

        var messages = DiscordMessageRenderer.Render(reply, "bb1.29585760");

        Assert.True(messages.Count > 3);
        Assert.Equal(30, messages.Sum(m => m["embeds"]!.AsArray().Count(e => e!["title"]?.GetValue<string>().StartsWith("Story", StringComparison.Ordinal) == true)));
        foreach (var message in messages)
        {
            var embeds = message["embeds"]!.AsArray();
            Assert.InRange(embeds.Count, 1, DiscordLimits.EmbedsPerMessage);
            Assert.InRange(embeds.Sum(e => Size(e!)), 1, DiscordLimits.CharactersPerMessage);
            Assert.Equal("{\"parse\":[]}", message["allowed_mentions"]!.ToJsonString());
            foreach (var embed in embeds)
            {
                Assert.InRange(embed!["title"]?.GetValue<string>().Length ?? 0, 0, DiscordLimits.EmbedTitle);
                Assert.InRange(embed["description"]?.GetValue<string>().Length ?? 0, 0, DiscordLimits.EmbedDescription);
                var fields = embed["fields"] as JsonArray ?? [];
                Assert.InRange(fields.Count, 0, DiscordLimits.Fields);
                Assert.All(fields, f => Assert.InRange(f!["value"]!.GetValue<string>().Length, 1, DiscordLimits.FieldValue));
            }
        }

        Assert.EndsWith("bb1.29585760", messages[0]["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Answer_ListsEvidenceAndLinkedSources()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "who backs Guaido",
            Text = "Backing Guaido: the United States.",
            Fields = [new ReplyField("the United States (supporter)", "The United States recognizes Guaido.")],
            Citations = [new Citation("a-1", "Allies line up", "https://news.example/allies", "Coastline Courier", new DateTimeOffset(2019, 2, 1, 0, 0, 0, TimeSpan.Zero), "The United States recognizes Guaido.")],
        };

        var embeds = Assert.Single(DiscordMessageRenderer.Render(reply))["embeds"]!.AsArray();

        Assert.Equal("Backing Guaido: the United States.", embeds[0]!["description"]!.GetValue<string>());
        Assert.Equal("Sources", embeds[1]!["title"]!.GetValue<string>());
        Assert.Contains("(https://news.example/allies)", embeds[1]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_NeverLeavesADanglingEscape()
    {
        var text = DiscordText.Escape(new string('*', 50), 11);

        Assert.True(text.Length <= 11);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\…", text, StringComparison.Ordinal);
    }
}
