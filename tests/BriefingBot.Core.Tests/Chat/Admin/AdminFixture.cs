using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Chat.Admin;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Scheduling;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BriefingBot.Core.Tests.Chat.Admin;

/// <summary>The /briefing handler over mocked ports, as an admin in one channel.</summary>
internal sealed class AdminFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);
    public static readonly ChatContext Admin = new("discord", "guild-1", "chan-1", "user-1", IsAdmin: true);
    public static readonly ChannelAddress Channel = new("discord", "guild-1", "chan-1");

    public AdminFixture(BriefingOptions? settings = null)
    {
        Options = settings ?? new BriefingOptions();
        Store.Setup(s => s.SaveSubscriptionAsync(It.IsAny<Subscription>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Subscription s, CancellationToken _) => s with { Id = s.Id == 0 ? 7 : s.Id });
        Store.Setup(s => s.SaveFeedAsync(It.IsAny<FeedRegistration>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((FeedRegistration f, CancellationToken _) => f with { Id = f.Id == 0 ? 3 : f.Id });
        Store.Setup(s => s.ListFeedsAsync(It.IsAny<ServerAddress>(), It.IsAny<CancellationToken>())).ReturnsAsync(() => Feeds);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var audit = new AdminAudit(Store.Object, Time);
        var feeds = new FeedAdmin(Store.Object, Sources.Object, Probe.Object, Changes.Object, audit, options, Time);
        Handler = new BriefingCommandHandler(
            feeds,
            new ScheduleAdmin(Store.Object, Changes.Object, audit, options, Time),
            new TopicAdmin(Store.Object, audit, options),
            new StatusAdmin(Store.Object, Ledger.Object, feeds, Time));
    }

    public BriefingOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    public Mock<ISubscriptionStore> Store { get; } = new();

    public Mock<ISourceStateStore> Sources { get; } = new();

    public Mock<IFeedProbe> Probe { get; } = new();

    public Mock<IScheduleChanges> Changes { get; } = new();

    public Mock<IDeliveryLedger> Ledger { get; } = new();

    public List<FeedRegistration> Feeds { get; } = [];

    public BriefingCommandHandler Handler { get; }

    public Task<Reply> RunAsync(string text, ChatContext? context = null) =>
        Handler.HandleAsync(new ChatCommand("briefing", text, context ?? Admin), CancellationToken.None);

    public void HasSubscription(Subscription subscription) =>
        Store.Setup(s => s.GetSubscriptionAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(subscription);

    public void VerifyNoChange()
    {
        Store.Verify(s => s.SaveSubscriptionAsync(It.IsAny<Subscription>(), It.IsAny<CancellationToken>()), Times.Never);
        Store.Verify(s => s.SaveFeedAsync(It.IsAny<FeedRegistration>(), It.IsAny<CancellationToken>()), Times.Never);
        Store.Verify(s => s.AppendAuditAsync(It.IsAny<AuditEntry>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
