namespace BriefingBot.Slack.WebApi;

/// <summary>Slack answered <c>ok:false</c> (or an HTTP error): the method, Slack's error code and what it means; never a token.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackApiException(string method, string error, string? detail = null)
        : base($"{method} failed: {error}{(detail is null ? string.Empty : $" ({detail})")}")
    {
        Method = method;
        Error = error;
        Kind = Classify(error);
    }

    public string Method { get; } = string.Empty;

    /// <summary>Slack's error code, such as <c>channel_not_found</c>.</summary>
    public string Error { get; } = string.Empty;

    public SlackErrorKind Kind { get; }

    public static SlackErrorKind Classify(string error) => error switch
    {
        "ratelimited" or "rate_limited" => SlackErrorKind.RateLimited,
        "channel_not_found" or "not_in_channel" or "is_archived" or "channel_is_archived" or "restricted_action"
            or "restricted_action_read_only_channel" or "restricted_action_thread_only_channel"
            or "restricted_action_non_threadable_channel" or "team_access_not_granted" or "ekm_access_denied"
            or "cannot_reply_to_message" => SlackErrorKind.ChannelUnavailable,
        "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "token_expired" or "no_permission"
            or "not_allowed_token_type" or "org_login_required" or "team_not_found" or "app_uninstalled" => SlackErrorKind.Unauthorized,
        "missing_scope" => SlackErrorKind.MissingScope,
        "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout" or "http_error" => SlackErrorKind.Transient,
        _ => SlackErrorKind.InvalidRequest,
    };
}
