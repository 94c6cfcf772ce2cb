namespace BriefingBot.Core.Subscriptions;

/// <summary>One configuration change: who did what, where and when.</summary>
public sealed record AuditEntry(DateTimeOffset At, ChannelAddress Channel, string UserId, string Action, string Detail);
