using System.CommandLine;
using System.Text.Json.Nodes;
using BriefingBot.Discord;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Cli;

/// <summary><c>discord register [--guild ID]</c>: replaces the bot's slash commands (globally, or in one server at once).</summary>
internal static class DiscordVerb
{
    public static Command Create(Option<string?> dataDir, CliIo io)
    {
        var guild = new Option<string?>("--guild") { Description = "Register in one server only (takes effect at once; global commands can take a while)" };
        var register = new Command("register", "Push the slash-command definitions (/ask, /brief, /story, /briefing, /help) to Discord.");
        register.Options.Add(guild);
        register.SetAction((result, ct) => VerbHost.RunAsync(result, dataDir, async services =>
        {
            var settings = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
            if (!settings.IsEnabled || string.IsNullOrWhiteSpace(settings.ApplicationId))
            {
                throw new UsageException("Set Discord__BotToken and Discord__ApplicationId (environment variables) first.");
            }

            var target = result.GetValue(guild);
            if (target is not null && !target.All(char.IsAsciiDigit))
            {
                throw new UsageException($"--guild takes a server id (digits), not \"{target}\".");
            }

            var path = target is null ? $"applications/{settings.ApplicationId}/commands" : $"applications/{settings.ApplicationId}/guilds/{target}/commands";
            try
            {
                var saved = await services.GetRequiredService<DiscordRestClient>().SendAsync(HttpMethod.Put, path, DiscordCommands.Definitions(), ct);
                var names = (saved as JsonArray ?? []).Select(c => "/" + c?["name"]?.GetValue<string>());
                await io.Output.WriteLineAsync($"Registered {string.Join(", ", names)} {(target is null ? "globally" : $"in server {target}")}.");
                return BriefingBotCli.Success;
            }
            catch (DiscordApiException ex)
            {
                await io.Error.WriteLineAsync($"error: Discord refused the commands: {ex.Message}");
                return BriefingBotCli.Failure;
            }
        }, ct));
        var command = new Command("discord", "Discord set-up.");
        command.Subcommands.Add(register);
        return command;
    }
}
