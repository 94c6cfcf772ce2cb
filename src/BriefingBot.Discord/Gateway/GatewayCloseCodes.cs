namespace BriefingBot.Discord.Gateway;

/// <summary>Gateway close codes that matter to a client (events/gateway, "Gateway Close Event Codes").</summary>
public static class GatewayCloseCodes
{
    /// <summary>Our own close when a heartbeat went unacknowledged: not 1000/1001, so the session can be resumed.</summary>
    public const int Zombie = 4900;

    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>Never reconnect after these: the token, shard, intents or API version is wrong.</summary>
    public static bool IsFatal(int code) => code is 4004 or 4010 or 4011 or 4012 or 4013 or 4014;

    public static string Describe(int code) => code switch
    {
        4004 => "authentication failed: the bot token is wrong (Discord:BotToken)",
        4010 => "invalid shard",
        4011 => "sharding required: the bot is in too many servers for one connection",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents",
        _ => $"close code {code}",
    };
}
