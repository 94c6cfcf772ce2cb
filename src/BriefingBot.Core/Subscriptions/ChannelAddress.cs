namespace BriefingBot.Core.Subscriptions;

/// <summary>A channel on a platform: "discord", guild id, channel id. Configuration is kept per address.</summary>
public sealed record ChannelAddress(string Platform, string ServerId, string ChannelId)
{
    /// <summary>The platform and server together: the scope of feeds and of the per-server limits.</summary>
    public ServerAddress Server => new(Platform, ServerId);

    public override string ToString() => $"{Platform}:{ServerId}/{ChannelId}";
}
