using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Discord;

/// <summary>The <c>Discord</c> configuration section. The token and public key come from environment variables.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token (<c>Discord__BotToken</c>); the adapter is off without it.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application id (a snowflake) from the developer portal.</summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:ApplicationId must be the application's numeric id.")]
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key, 64 hex characters, for verifying interactions.</summary>
    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Discord:PublicKey must be 64 hex characters (the application's public key).")]
    public string? PublicKey { get; set; }

    /// <summary><c>Http</c>: Discord posts interactions to <c>/discord/interactions</c>; <c>Gateway</c>: the bot connects out.</summary>
    [RegularExpression("^(?i:http|gateway)$", ErrorMessage = "Discord:Mode must be Http or Gateway.")]
    public string Mode { get; set; } = "Http";

    [Required]
    [Url(ErrorMessage = "Discord:ApiBaseUrl must be an absolute URL.")]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>A signed request older or newer than this is refused as a replay.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Discord:MaxClockSkew must be between 5 seconds and 1 hour.")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long an answer may take to go inline (type 4); anything slower is deferred (type 5) and edited in.
    /// 0, the default, defers whatever is not ready at once, so Discord gets its acknowledgement in milliseconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.500", ErrorMessage = "Discord:InlineAnswerBudget must be between 0 and 2.5 s.")]
    public TimeSpan InlineAnswerBudget { get; set; } = TimeSpan.Zero;

    /// <summary>Stop posting after this many 401/403 answers in ten minutes (Discord bans at 10,000).</summary>
    [Range(1, 10_000)]
    public int InvalidRequestBudget { get; set; } = 1000;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);
}
