using System.Text.Json.Nodes;

namespace BriefingBot.Discord.Commands;

/// <summary>
/// The slash commands as Discord's API defines them, for <c>PUT /applications/{id}/commands</c>. <c>/briefing</c>
/// is hidden from members without Manage Server ("32"); the bot re-checks permissions on every use anyway.
/// </summary>
public static class DiscordCommands
{
    private const int SubCommand = 1;
    private const int SubCommandGroup = 2;
    private const int String = 3;
    private const int Boolean = 5;

    public static JsonArray Definitions() =>
    [
        Command("ask", "Ask about the stored news; the answer cites its sources",
            Option(String, "question", "For example: who backs Guaido", required: true, maxLength: 500),
            Option(Boolean, "public", "Show the answer to everyone in the channel (default: only you)")),
        Command("brief", "The stories of the last 24 hours",
            Option(String, "topic", "Only stories about this", maxLength: 200)),
        Command("story", "The story so far: summary, timeline, outlets",
            Option(String, "topic", "Which story, for example: Venezuela", required: true, maxLength: 200)),
        AdminCommand(),
        Command("help", "What the bot can do"),
    ];

    private static JsonObject AdminCommand()
    {
        var command = Command("briefing", "Set up this channel's briefings (admins)",
            Group("feeds", "The feeds this server polls",
                Sub("add", "Add a feed (checked first)", Option(String, "url", "The feed's address", required: true, maxLength: 2000), Option(String, "name", "A name to show", maxLength: 100)),
                Sub("remove", "Stop polling a feed", Option(String, "feed", "URL or name", required: true, maxLength: 2000)),
                Sub("enable", "Resume a feed the bot disabled", Option(String, "feed", "URL or name", required: true, maxLength: 2000)),
                Sub("list", "The feeds and their health")),
            Group("schedule", "When this channel's briefing is posted",
                Sub("set", "daily 08:00, weekdays 07:30, every 4h or a cron expression", Option(String, "when", "daily 08:00, weekdays 07:30, every 4h, 30 7 * * 1-5", required: true, maxLength: 100), Option(String, "zone", "IANA time zone, e.g. America/Caracas", maxLength: 64)),
                Sub("show", "The schedule and the next three times"),
                Sub("pause", "Stop posting briefings here"),
                Sub("resume", "Start posting briefings here again")),
            Group("topics", "What this channel's briefing is about",
                Sub("add", "Follow topics (comma-separated)", Option(String, "topics", "For example: Venezuela, transit fares", required: true, maxLength: 500)),
                Sub("remove", "Stop following a topic", Option(String, "topic", "The topic", required: true, maxLength: 100)),
                Sub("list", "The topics followed")),
            Sub("status", "Feeds, schedule, last delivery and problems"));
        command["default_member_permissions"] = "32";
        command["contexts"] = new JsonArray(0); // servers only
        return command;
    }

    private static JsonObject Command(string name, string description, params JsonObject[] options) => new()
    {
        ["name"] = name,
        ["description"] = description,
        ["type"] = 1,
        ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
    };

    private static JsonObject Group(string name, string description, params JsonObject[] subs) =>
        new() { ["type"] = SubCommandGroup, ["name"] = name, ["description"] = description, ["options"] = new JsonArray(subs.Select(o => (JsonNode)o).ToArray()) };

    private static JsonObject Sub(string name, string description, params JsonObject[] options) =>
        new() { ["type"] = SubCommand, ["name"] = name, ["description"] = description, ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()) };

    private static JsonObject Option(int type, string name, string description, bool required = false, int? maxLength = null)
    {
        var option = new JsonObject { ["type"] = type, ["name"] = name, ["description"] = description, ["required"] = required };
        if (maxLength is { } max)
        {
            option["max_length"] = max;
        }

        return option;
    }
}
