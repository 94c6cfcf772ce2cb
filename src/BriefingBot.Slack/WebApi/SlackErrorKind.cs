namespace BriefingBot.Slack.WebApi;

/// <summary>What a Slack <c>ok:false</c> error means for the caller.</summary>
public enum SlackErrorKind
{
    /// <summary>Worth trying again: Slack's own trouble or a network failure.</summary>
    Transient,

    /// <summary><c>ratelimited</c>, or a 429 that outlasted the retries.</summary>
    RateLimited,

    /// <summary>The channel is gone, archived, or the bot may not post there (<c>channel_not_found</c>, <c>not_in_channel</c>…).</summary>
    ChannelUnavailable,

    /// <summary>The token is wrong, revoked or of the wrong kind (<c>invalid_auth</c>, <c>token_revoked</c>…).</summary>
    Unauthorized,

    /// <summary>The app lacks a scope (<c>missing_scope</c>); reinstalling it from the manifest fixes that.</summary>
    MissingScope,

    /// <summary>Slack refused what was sent (<c>invalid_blocks</c>, <c>msg_too_long</c>…): a bug on our side.</summary>
    InvalidRequest,
}
