namespace BriefingBot.Slack.Rendering;

/// <summary>Block Kit's limits (reference/block-kit/blocks) and the bot's own choices within them.</summary>
public static class SlackLimits
{
    public const int BlocksPerMessage = 50;
    public const int SectionText = 3000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;

    /// <summary>The plain-text fallback (notifications, screen readers); Slack truncates far above this.</summary>
    public const int FallbackText = 3000;

    /// <summary>A story's summary in a briefing: long enough to read, short enough that a briefing stays scannable.</summary>
    public const int ItemSummary = 700;

    /// <summary><c>response_url</c> takes at most five posts, so a reply through it is cut to this many messages.</summary>
    public const int ResponseUrlMessages = 5;
}
