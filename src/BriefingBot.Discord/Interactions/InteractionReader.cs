using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;

namespace BriefingBot.Discord.Interactions;

/// <summary>Turns an APPLICATION_COMMAND interaction into the bot's own <see cref="ChatCommand"/>.</summary>
public static class InteractionReader
{
    private static readonly BigInteger Administrator = 0x8;
    private static readonly BigInteger ManageGuild = 0x20;

    /// <summary>The command, whether the asker wants the answer public, or an error fit to show the user.</summary>
    public static bool TryRead(JsonObject interaction, out ChatCommand? command, out bool isPublic, out string error)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        command = null;
        isPublic = false;
        error = string.Empty;
        try
        {
            var data = interaction["data"] as JsonObject;
            var name = data?["name"]?.GetValue<string>();
            var channel = interaction["channel_id"]?.GetValue<string>() ?? (interaction["channel"] as JsonObject)?["id"]?.GetValue<string>();
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(channel))
            {
                error = "That command arrived without a name or channel.";
                return false;
            }

            var member = interaction["member"] as JsonObject;
            var user = (member?["user"] ?? interaction["user"]) as JsonObject;
            var guild = interaction["guild_id"]?.GetValue<string>();
            var text = new StringBuilder();
            foreach (var option in data?["options"] as JsonArray ?? [])
            {
                if (option is JsonObject o && o["name"]?.GetValue<string>() == "public" && o["value"] is JsonValue flag)
                {
                    isPublic = flag.GetValueKind() == JsonValueKind.True;
                    continue;
                }

                Append(option as JsonObject, text);
            }

            var context = new ChatContext(DiscordChatPlatform.PlatformName, guild, channel, user?["id"]?.GetValue<string>() ?? "unknown", IsAdmin(member));
            command = new ChatCommand(name.ToLowerInvariant(), text.ToString().Trim(), context);
            return true;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException)
        {
            error = "That command had an option of the wrong type.";
            return false;
        }
    }

    /// <summary>Admins hold Administrator or Manage Server in this channel (Discord sends the computed bits).</summary>
    public static bool IsAdmin(JsonObject? member)
    {
        var bits = member?["permissions"]?.GetValue<string>();
        return bits is not null
            && BigInteger.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && ((permissions & Administrator) != 0 || (permissions & ManageGuild) != 0);
    }

    // Sub-command groups and sub-commands become words ("feeds add"), option values follow in order.
    private static void Append(JsonObject? option, StringBuilder text)
    {
        if (option is null)
        {
            return;
        }

        var type = option["type"]?.GetValue<int>() ?? 0;
        if (type is 1 or 2)
        {
            text.Append(option["name"]?.GetValue<string>()).Append(' ');
            foreach (var inner in option["options"] as JsonArray ?? [])
            {
                Append(inner as JsonObject, text);
            }

            return;
        }

        if (option["value"] is JsonValue value)
        {
            var rendered = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            text.Append(rendered.Trim()).Append(' ');
        }
    }
}
