using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Slack;

/// <summary>The <c>Slack</c> configuration section. Tokens and the signing secret come from environment variables.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The bot token (<c>Slack__BotToken</c>, <c>xoxb-…</c>); the adapter is off without it.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app's signing secret (<c>Slack__SigningSecret</c>), for verifying slash commands over HTTP.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The app-level token (<c>Slack__AppToken</c>, <c>xapp-…</c>, scope <c>connections:write</c>) for Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary><c>Http</c>: Slack posts slash commands to <c>/slack/commands</c>; <c>SocketMode</c>: the bot connects out.</summary>
    [RegularExpression("^(?i:http|socketmode)$", ErrorMessage = "Slack:Mode must be Http or SocketMode.")]
    public string Mode { get; set; } = "Http";

    [Required]
    [Url(ErrorMessage = "Slack:ApiBaseUrl must be an absolute URL.")]
    public string ApiBaseUrl { get; set; } = "https://slack.com/api";

    /// <summary>
    /// Put before every command name where another app already took <c>/ask</c>: with <c>bb-</c> the commands are
    /// <c>/bb-ask</c>, <c>/bb-brief</c>… (and <c>briefingbot slack manifest --prefix bb-</c> writes the matching manifest).
    /// </summary>
    [RegularExpression("^[a-z0-9_-]{0,10}$", ErrorMessage = "Slack:CommandPrefix may hold up to 10 lower-case letters, digits, '-' or '_'.")]
    public string CommandPrefix { get; set; } = string.Empty;

    /// <summary>Slack user ids (<c>U…</c>) allowed the admin verbs besides the workspace's admins and owners.</summary>
    public IList<string> AdminUsers { get; } = [];

    /// <summary>A signed request older or newer than this is refused as a replay (Slack: five minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:05:00", ErrorMessage = "Slack:MaxClockSkew must be between 5 seconds and 5 minutes.")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an answer may take to go in the acknowledgement itself; anything slower is acknowledged with a
    /// private "working on it" and delivered through <c>response_url</c>. 0 acknowledges at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.500", ErrorMessage = "Slack:InlineAnswerBudget must be between 0 and 2.5 s.")]
    public TimeSpan InlineAnswerBudget { get; set; } = TimeSpan.Zero;

    /// <summary>Messages a channel may take at once before the one-per-second pace applies (Slack tolerates short bursts).</summary>
    [Range(1, 10, ErrorMessage = "Slack:ChannelBurst must be between 1 and 10.")]
    public int ChannelBurst { get; set; } = 3;

    /// <summary>How long a user's admin standing from <c>users.info</c> is trusted before it is asked again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Slack:AdminCacheDuration must be at most one hour.")]
    public TimeSpan AdminCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool IsSocketMode => Mode.Equals("socketmode", StringComparison.OrdinalIgnoreCase);
}
