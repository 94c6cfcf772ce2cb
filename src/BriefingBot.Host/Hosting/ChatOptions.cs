namespace BriefingBot.Host.Hosting;

/// <summary>The <c>Chat</c> section.</summary>
public sealed class ChatOptions
{
    public const string SectionName = "Chat";

    /// <summary><c>auto</c> (a console chat when stdin is a terminal and the bot is offline), <c>on</c> or <c>off</c>.</summary>
    [System.ComponentModel.DataAnnotations.RegularExpression("^(?i:auto|on|off)$", ErrorMessage = "Chat:Console must be auto, on or off.")]
    public string Console { get; set; } = "auto";
}
