namespace BriefingBot.Core.Chat;

/// <summary>Why a post failed, as far as what to do next is concerned.</summary>
public enum DeliveryFailure
{
    /// <summary>Worth trying again later: a network error, a 5xx, a rate limit that outlasted its wait.</summary>
    Transient,

    /// <summary>The bot cannot post to that channel (missing, no access, not a member): retrying will not help.</summary>
    ChannelUnavailable,

    /// <summary>The platform refused the bot's credentials: nothing will work until an operator fixes them.</summary>
    Unauthorized,
}
