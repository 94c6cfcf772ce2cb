using System.Text.Json.Nodes;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Slack.Rendering;

namespace BriefingBot.Slack.Tests.Rendering;

public sealed class SlackMessageRendererTests
{
    private static ReplyItem Item(int i, string? summary = null) =>
        new($"Story {i}", $"https://news.example/{i}", summary ?? $"Summary of story {i}.", ["Harbor Gazette", "Eastvale Courier"], new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    private static IEnumerable<JsonObject> TextObjects(JsonObject message) =>
        message["blocks"]!.AsArray().SelectMany(b => b!["type"]!.GetValue<string>() == "context"
            ? b["elements"]!.AsArray().Select(e => e!.AsObject())
            : [b["text"]!.AsObject()]);

    [Fact]
    public void Render_ArticleTextThatTriesToPing_CannotPingAnyone()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Briefing,
            Title = "<!channel> look",
            Text = "Hi <!here> and <!everyone> and <@U024BE7LH> & <#C024BE7LR> <https://evil.example|click>",
            Items = [new ReplyItem("<!channel> Breaking", "javascript:alert(1)", "Ask <@U1> & <!subteam^S1>", ["<!here> News"], null)],
            Citations = [new Citation("a1", "<!everyone>", "https://news.example/a?x=1&y=2|3", "<@U2>", null, "<!channel> said so")],
            Footer = "<!here>",
        };

        var message = Assert.Single(SlackMessageRenderer.Render(reply));
        var mrkdwn = TextObjects(message).Where(t => t["type"]!.GetValue<string>() == "mrkdwn").ToList();
        var text = string.Join("\n", mrkdwn.Select(t => t["text"]!.GetValue<string>()).Append(message["text"]!.GetValue<string>()));

        // Headers are plain_text, where Slack parses nothing; everything else is mrkdwn, escaped and verbatim.
        Assert.Equal("plain_text", message["blocks"]![0]!["text"]!["type"]!.GetValue<string>());
        Assert.Equal(message["blocks"]!.AsArray().Count - 1, mrkdwn.Count);
        Assert.All(mrkdwn, t => Assert.True(t["verbatim"]!.GetValue<bool>()));
        Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<#", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil", text, StringComparison.Ordinal);
        Assert.Contains("Hi &lt;!here&gt; and &lt;!everyone&gt; and &lt;@U024BE7LH&gt; &amp; &lt;#C024BE7LR&gt;", text, StringComparison.Ordinal);
        Assert.Contains("*&lt;!channel&gt; Breaking*", text, StringComparison.Ordinal); // javascript: is no link
        Assert.Contains("<https://news.example/a?x=1&amp;y=2%7C3|&lt;!everyone&gt;>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt; look", message["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Briefing_HasHeaderLinkedSectionsContextWithTimeAndAFallback()
    {
        var reply = new Reply { Kind = ReplyKind.Briefing, Title = "Your briefing", Text = "2 new stories", Items = [Item(1), Item(2) with { IsUpdate = true }], Footer = "daily 08:00 UTC" };

        var message = Assert.Single(SlackMessageRenderer.Render(reply));
        var blocks = message["blocks"]!.AsArray();

        Assert.Equal("Your briefing (2 stories)", message["text"]!.GetValue<string>());
        Assert.Equal("header", blocks[0]!["type"]!.GetValue<string>());
        Assert.Equal("Your briefing", blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("*<https://news.example/1|Story 1>*\nSummary of story 1.\n_Harbor Gazette, Eastvale Courier_", blocks[2]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("<!date^1795766400^{date_short_pretty} {time}|2026-11-27 08:00 UTC>", blocks[3]!["elements"]![0]!["text"]!.GetValue<string>());
        Assert.StartsWith("*<https://news.example/2|Update: Story 2>*", blocks[4]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("daily 08:00 UTC", blocks[^1]!["elements"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_LongBriefing_IsSplitWithinEveryLimit_AndKeepsEachStoryWhole()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Briefing,
            Title = new string('T', 400),
            Text = string.Join("\n", Enumerable.Range(1, 400).Select(i => $"Line {i} & more text here")),
            Items = Enumerable.Range(1, 60).Select(i => Item(i, new string('s', 2000))).ToList(),
            Fields = Enumerable.Range(1, 10).Select(i => new ReplyField(new string('n', 300), new string('v', 5000))).ToList(),
        };

        var messages = SlackMessageRenderer.Render(reply);

        Assert.True(messages.Count >= 3);
        var sections = messages.SelectMany(m => m["blocks"]!.AsArray()).Where(b => b!["type"]!.GetValue<string>() == "section").ToList();
        Assert.Equal(60, sections.Count(s => s!["text"]!["text"]!.GetValue<string>().StartsWith("*<https://news.example/", StringComparison.Ordinal)));
        for (var m = 0; m < messages.Count; m++)
        {
            var message = messages[m];
            var blocks = message["blocks"]!.AsArray();
            Assert.InRange(blocks.Count, 1, SlackLimits.BlocksPerMessage);
            Assert.False(string.IsNullOrEmpty(message["text"]!.GetValue<string>()));
            Assert.All(blocks.Where(b => b!["type"]!.GetValue<string>() == "section"), b => Assert.InRange(b!["text"]!["text"]!.GetValue<string>().Length, 1, SlackLimits.SectionText));
            Assert.All(blocks.Where(b => b!["type"]!.GetValue<string>() == "header"), b => Assert.InRange(b!["text"]!["text"]!.GetValue<string>().Length, 1, SlackLimits.HeaderText));

            // A story's context line (outlets, time) never opens a message away from its section.
            var firstContent = m == 0 ? blocks[0] : blocks[1];
            Assert.False(firstContent!["type"]!.GetValue<string>() == "context" && firstContent["elements"]![0]!["text"]!.GetValue<string>().Contains("<!date^", StringComparison.Ordinal));
        }

        Assert.Equal(400, messages.SelectMany(m => m["blocks"]!.AsArray()).Select(b => b!["text"]?["text"]?.GetValue<string>() ?? string.Empty).Sum(t => t.Split('\n').Count(l => l.StartsWith("Line ", StringComparison.Ordinal))));
    }

    [Fact]
    public void Render_Error_IsMarkedAndNotEmpty()
    {
        var message = Assert.Single(SlackMessageRenderer.Render(Reply.Error("No such feed.")));

        Assert.Equal(":warning: No such feed.", message["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("a & b", 5, "a & b")]
    [InlineData("abc&amp;def", 6, "abc…")]
    [InlineData("abc&amp;def", 9, "abc&amp;…")]
    [InlineData("ab\U0001F600cd", 4, "ab…")]
    public void Truncate_NeverCutsAnEscapeOrASurrogatePair(string text, int max, string expected)
    {
        var result = SlackText.Truncate(text, max);

        Assert.True(result.Length <= max);
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Escape_DropsControlCharacters_AndEscapesOnlyTheThree()
    {
        Assert.Equal("a &amp; b &lt;c&gt; *d* _e_\nf", SlackText.Escape("a & b <c> *d* _e_\u0007\nf", 100));
    }
}
