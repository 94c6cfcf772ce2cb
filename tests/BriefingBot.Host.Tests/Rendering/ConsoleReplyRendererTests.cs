using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Host.Rendering;

namespace BriefingBot.Host.Tests.Rendering;

public sealed class ConsoleReplyRendererTests
{
    [Fact]
    public void Render_ArticleTextWithEscapeSequences_CannotDriveTheTerminal()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "who backs X",
            Text = "Backing X: \u001b[2JEvil Corp.",
            Citations = [new Citation("a-1", "Title\u001b]0;pwned\u0007", null, "Outlet", null, "Sentence \u001b[31mred")],
        };

        var text = ConsoleReplyRenderer.Render(reply);

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("Evil Corp.", text, StringComparison.Ordinal);
        Assert.Contains("[1] Title", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Briefing_NumbersItemsWithOutletsAndLinks()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Briefing,
            Title = "Briefing",
            Text = "2 stories",
            Items =
            [
                new ReplyItem("Storm closes ports", "https://w.example/1", "Four ports closed.", ["Northwind Wire", "Lantern"], new DateTimeOffset(2026, 11, 25, 7, 40, 0, TimeSpan.Zero)),
                new ReplyItem("Rates held", null, "The bank held.", [], null),
            ],
        };

        var text = ConsoleReplyRenderer.Render(reply);

        Assert.Contains("1. Storm closes ports", text, StringComparison.Ordinal);
        Assert.Contains("Northwind Wire, Lantern · 2026-11-25 07:40 UTC · https://w.example/1", text, StringComparison.Ordinal);
        Assert.Contains("2. Rates held", text, StringComparison.Ordinal);
        Assert.Contains("unknown outlet", text, StringComparison.Ordinal);
    }
}
