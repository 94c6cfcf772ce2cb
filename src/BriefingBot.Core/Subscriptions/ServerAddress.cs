namespace BriefingBot.Core.Subscriptions;

/// <summary>A Discord guild or Slack workspace (or the local console) on its platform.</summary>
public sealed record ServerAddress(string Platform, string ServerId)
{
    public override string ToString() => $"{Platform}:{ServerId}";
}
