namespace BriefingBot.Slack.SocketMode;

/// <summary>Why a Socket Mode connection is done.</summary>
internal enum SocketModeEnd
{
    /// <summary>Slack asked for a new connection (<c>warning</c>, <c>refresh_requested</c>): open it, then close this one.</summary>
    Refresh,

    /// <summary>Socket Mode was turned off for the app (<c>link_disabled</c>): reconnecting cannot help.</summary>
    LinkDisabled,

    /// <summary>Slack closed the socket.</summary>
    Closed,

    /// <summary>The socket failed without a close.</summary>
    Dropped,
}
