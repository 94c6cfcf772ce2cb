using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using Moq;

namespace BriefingBot.Core.Tests.Chat.Admin;

public sealed class BriefingCommandHandlerTests
{
    [Theory]
    [InlineData("feeds add https://example.com/rss.xml")]
    [InlineData("schedule set daily 08:00")]
    [InlineData("topics add Venezuela")]
    [InlineData("status")]
    [InlineData("pause")]
    public async Task HandleAsync_NotAnAdmin_IsRefusedPrivatelyAndChangesNothing(string text)
    {
        var fixture = new AdminFixture();

        var reply = await fixture.RunAsync(text, AdminFixture.Admin with { IsAdmin = false });

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.True(reply.Ephemeral);
        Assert.Contains("Only server admins", reply.Text, StringComparison.Ordinal);
        fixture.VerifyNoChange();
        fixture.Probe.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("frobnicate", "Unknown /briefing command \"frobnicate\"")]
    [InlineData("feeds explode", "Unknown feeds command \"explode\"")]
    [InlineData("schedule maybe", "Unknown schedule command \"maybe\"")]
    [InlineData("topics shuffle", "Unknown topics command \"shuffle\"")]
    public async Task HandleAsync_UnknownSubcommand_SaysWhatExists(string text, string expected)
    {
        var fixture = new AdminFixture();

        var reply = await fixture.RunAsync(text);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        fixture.VerifyNoChange();
    }

    [Theory]
    [InlineData("feeds add not-a-url")]
    [InlineData("feeds add ftp://example.com/feed")]
    [InlineData("feeds add file:///etc/passwd")]
    [InlineData("feeds add javascript:alert(1)")]
    public async Task FeedsAdd_NotAnHttpUrl_IsRefusedWithoutFetching(string text)
    {
        var fixture = new AdminFixture();

        var reply = await fixture.RunAsync(text);

        Assert.Contains("is not a feed URL", reply.Text, StringComparison.Ordinal);
        fixture.Probe.VerifyNoOtherCalls();
        fixture.VerifyNoChange();
    }

    [Fact]
    public async Task FeedsAdd_ProbeFindsNoFeed_GivesItsReasonAndAddsNothing()
    {
        var fixture = new AdminFixture();
        fixture.Probe.Setup(p => p.ProbeAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(FeedProbeResult.NotUsable("https://example.com/ is not an RSS, Atom or JSON feed (it served text/html)."));

        var reply = await fixture.RunAsync("feeds add https://example.com/");

        Assert.Equal("Not added: https://example.com/ is not an RSS, Atom or JSON feed (it served text/html).", reply.Text);
        fixture.VerifyNoChange();
    }

    [Fact]
    public async Task FeedsAdd_AFeed_IsSavedAuditedAndScheduled()
    {
        var fixture = new AdminFixture();
        fixture.Probe.Setup(p => p.ProbeAsync(new Uri("https://example.com/rss.xml"), It.IsAny<CancellationToken>())).ReturnsAsync(FeedProbeResult.Feed("Example News", 12));

        var reply = await fixture.RunAsync("feeds add https://example.com/rss.xml");

        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Contains("Added Example News (https://example.com/rss.xml): a feed with 12 items", reply.Text, StringComparison.Ordinal);
        fixture.Store.Verify(s => s.SaveFeedAsync(It.Is<FeedRegistration>(f => f.Url == "https://example.com/rss.xml" && f.Name == "Example News" && f.AddedBy == "user-1" && f.Server == AdminFixture.Channel.Server), It.IsAny<CancellationToken>()));
        fixture.Store.Verify(s => s.AppendAuditAsync(It.Is<AuditEntry>(a => a.Action == "feeds add" && a.UserId == "user-1" && a.Detail == "https://example.com/rss.xml"), It.IsAny<CancellationToken>()));
        fixture.Changes.Verify(c => c.FeedChangedAsync(3, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task FeedsAdd_VerbsInAnyCase_KeepTheUrlAndNameAsTyped()
    {
        var fixture = new AdminFixture();
        fixture.Probe.Setup(p => p.ProbeAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>())).ReturnsAsync(FeedProbeResult.Feed("Feed", 1));

        await fixture.RunAsync("Feeds ADD https://example.com/News/RSS.xml \"Harbor Gazette\"");

        fixture.Probe.Verify(p => p.ProbeAsync(new Uri("https://example.com/News/RSS.xml"), It.IsAny<CancellationToken>()));
        fixture.Store.Verify(s => s.SaveFeedAsync(It.Is<FeedRegistration>(f => f.Url == "https://example.com/News/RSS.xml" && f.Name == "Harbor Gazette"), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task FeedsAdd_AtTheServerLimit_IsRefusedBeforeFetching()
    {
        var fixture = new AdminFixture(new BriefingOptions { MaxFeedsPerServer = 2 });
        fixture.Feeds.AddRange(Enumerable.Range(1, 2).Select(i => new FeedRegistration
        {
            Id = i, Server = AdminFixture.Channel.Server, Url = $"https://example.com/{i}.xml", AddedBy = "u", AddedAt = AdminFixture.Now,
        }));

        var reply = await fixture.RunAsync("feeds add https://example.com/3.xml");

        Assert.Contains("already has 2 feeds, the most allowed (Briefings:MaxFeedsPerServer = 2)", reply.Text, StringComparison.Ordinal);
        fixture.Probe.VerifyNoOtherCalls();
        fixture.VerifyNoChange();
    }

    [Fact]
    public async Task FeedsAdd_FiveHundredInALoop_StopsAtTheLimitAndKeepsWhatWasAdded()
    {
        var fixture = new AdminFixture();
        fixture.Probe.Setup(p => p.ProbeAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>())).ReturnsAsync(FeedProbeResult.Feed("Feed", 1));
        fixture.Store.Setup(s => s.SaveFeedAsync(It.IsAny<FeedRegistration>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((FeedRegistration f, CancellationToken _) =>
            {
                var saved = f with { Id = fixture.Feeds.Count + 1 };
                fixture.Feeds.Add(saved);
                return saved;
            });

        var replies = new List<Reply>();
        for (var i = 0; i < 500; i++)
        {
            replies.Add(await fixture.RunAsync($"feeds add https://feeds{i}.example/rss.xml"));
        }

        Assert.Equal(50, fixture.Feeds.Count);
        Assert.All(replies.Take(50), r => Assert.Equal(ReplyKind.Notice, r.Kind));
        Assert.All(replies.Skip(50), r => Assert.Contains("the most allowed", r.Text, StringComparison.Ordinal));
        fixture.Probe.Verify(p => p.ProbeAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>()), Times.Exactly(50));
    }

    [Fact]
    public async Task FeedsRemoveAndEnable_ByNameOrUrl_ChangeAuditAndReschedule()
    {
        var fixture = new AdminFixture();
        var feed = new FeedRegistration { Id = 4, Server = AdminFixture.Channel.Server, Url = "https://example.com/rss.xml", Name = "Example", AddedBy = "u", AddedAt = AdminFixture.Now, Enabled = false, DisabledReason = "8 failed polls" };
        fixture.Feeds.Add(feed);
        fixture.Sources.Setup(s => s.GetSourceAsync(feed.Url, It.IsAny<CancellationToken>())).ReturnsAsync(new ArticleSource { Location = feed.Url, ConsecutiveFailures = 8 });

        var enabled = await fixture.RunAsync("feeds enable example");
        var removed = await fixture.RunAsync("feeds remove https://example.com/rss.xml");

        Assert.Equal("Example is polled again.", enabled.Text);
        Assert.Equal("Removed Example. Stories already stored stay.", removed.Text);
        fixture.Sources.Verify(s => s.SaveSourceAsync(It.Is<ArticleSource>(a => a.ConsecutiveFailures == 0), It.IsAny<CancellationToken>()));
        fixture.Store.Verify(s => s.SaveFeedAsync(It.Is<FeedRegistration>(f => f.Enabled && f.DisabledReason == null && f.NextPollAt == AdminFixture.Now), It.IsAny<CancellationToken>()));
        fixture.Store.Verify(s => s.RemoveFeedAsync(4, It.IsAny<CancellationToken>()));
        fixture.Store.Verify(s => s.AppendAuditAsync(It.Is<AuditEntry>(a => a.Action == "feeds enable"), It.IsAny<CancellationToken>()));
        fixture.Store.Verify(s => s.AppendAuditAsync(It.Is<AuditEntry>(a => a.Action == "feeds remove"), It.IsAny<CancellationToken>()));
        fixture.Changes.Verify(c => c.FeedChangedAsync(4, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task FeedsRemove_UnknownFeed_SaysSo()
    {
        var fixture = new AdminFixture();

        var reply = await fixture.RunAsync("feeds remove https://nowhere.example/rss");

        Assert.Contains("This server has no feed \"https://nowhere.example/rss\"", reply.Text, StringComparison.Ordinal);
        fixture.Store.Verify(s => s.RemoveFeedAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ScheduleSet_WithZone_SavesAndShowsTheNextThreeLocalTimes()
    {
        var fixture = new AdminFixture();

        var reply = await fixture.RunAsync("schedule set weekdays 07:30 America/Caracas");

        Assert.Equal("Briefings here: weekdays 07:30 (America/Caracas).", reply.Text);
        Assert.Equal(
            ["Fri 2026-11-27 07:30 (UTC-04:00)", "Mon 2026-11-30 07:30 (UTC-04:00)", "Tue 2026-12-01 07:30 (UTC-04:00)"],
            reply.Fields.Select(f => f.Value));
        fixture.Store.Verify(s => s.SaveSubscriptionAsync(It.Is<Subscription>(x => x.Schedule == "weekdays 07:30" && x.TimeZone == "America/Caracas" && x.ScheduledFrom == AdminFixture.Now && !x.Paused), It.IsAny<CancellationToken>()));
        fixture.Changes.Verify(c => c.SubscriptionChangedAsync(7, It.IsAny<CancellationToken>()));
        fixture.Store.Verify(s => s.AppendAuditAsync(It.Is<AuditEntry>(a => a.Action == "schedule set" && a.Detail == "weekdays 07:30 America/Caracas"), It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("schedule set every 5m", "would post every 5 min; the shortest interval allowed is 30 min")]
    [InlineData("schedule set * * * * *", "would post every 1 min")]
    [InlineData("schedule set daily 08:00 Mars/Base", "\"Mars/Base\" is not a time-zone name")]
    [InlineData("schedule set daily 08:00 America/Caracs", "Did you mean America/Caracas?")]
    [InlineData("schedule set whenever", "\"whenever\" is not a schedule I know")]
    [InlineData("schedule set", "Give a schedule")]
    public async Task ScheduleSet_BadInput_IsRefusedNamingTheProblem(string text, string expected)
    {
        var fixture = new AdminFixture();

        var reply = await fixture.RunAsync(text);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        fixture.VerifyNoChange();
        fixture.Changes.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Pause_WithoutSchedule_IsRefused()
    {
        var fixture = new AdminFixture();

        var reply = await fixture.RunAsync("pause");

        Assert.Contains("no schedule to pause", reply.Text, StringComparison.Ordinal);
        fixture.VerifyNoChange();
    }

    [Fact]
    public async Task Resume_RestartsFromNowSoPausedSlotsAreNotOwed()
    {
        var fixture = new AdminFixture();
        fixture.HasSubscription(new Subscription { Id = 7, Channel = AdminFixture.Channel, Schedule = "daily 08:00", Paused = true, ScheduledFrom = AdminFixture.Now.AddDays(-10) });

        await fixture.RunAsync("resume");

        fixture.Store.Verify(s => s.SaveSubscriptionAsync(It.Is<Subscription>(x => !x.Paused && x.ScheduledFrom == AdminFixture.Now), It.IsAny<CancellationToken>()));
        fixture.Changes.Verify(c => c.SubscriptionChangedAsync(7, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task TopicsAdd_SeveralAtOnce_KeepsThemOnceEach()
    {
        var fixture = new AdminFixture();
        fixture.HasSubscription(new Subscription { Id = 7, Channel = AdminFixture.Channel, Topics = ["Venezuela"] });

        var reply = await fixture.RunAsync("topics add venezuela, transit fares; Guaido");

        Assert.Equal("Following: Venezuela, transit fares, Guaido.", reply.Text);
    }

    [Theory]
    [InlineData("topics add", "Which topic?")]
    [InlineData("topics add ...", "has no words to search for")]
    public async Task TopicsAdd_NothingToSearch_IsRefused(string text, string expected)
    {
        var fixture = new AdminFixture();

        var reply = await fixture.RunAsync(text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        fixture.VerifyNoChange();
    }

    [Fact]
    public async Task TopicsAdd_TooLongOrTooMany_IsRefused()
    {
        var fixture = new AdminFixture(new BriefingOptions { MaxTopicsPerChannel = 2 });

        var tooLong = await fixture.RunAsync("topics add " + new string('a', 101));
        var tooMany = await fixture.RunAsync("topics add Caracas, Maduro, Guaido");

        Assert.Contains("too long for a topic", tooLong.Text, StringComparison.Ordinal);
        Assert.Contains("at most 2 topics", tooMany.Text, StringComparison.Ordinal);
        fixture.VerifyNoChange();
    }

    [Fact]
    public async Task Status_FlaggedSubscription_ShowsTheDeliveryProblem()
    {
        var fixture = new AdminFixture();
        fixture.HasSubscription(new Subscription { Id = 7, Channel = AdminFixture.Channel, Schedule = "daily 08:00", DeliveryProblem = "Missing Access (403) posting to chan-1" });

        var reply = await fixture.RunAsync("status");

        Assert.Equal("Briefing status: 1 problem needs attention.", reply.Text);
        Assert.Contains(reply.Fields, f => f.Name == "Delivery problem" && f.Value.StartsWith("Missing Access (403)", StringComparison.Ordinal));
        Assert.Contains(reply.Fields, f => f.Name == "Next briefing" && f.Value == "Fri 2026-11-27 08:00 (UTC+00:00)");
    }
}
