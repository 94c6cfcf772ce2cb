using System.CommandLine;
using BriefingBot.Slack.Commands;

namespace BriefingBot.Host.Cli;

/// <summary><c>slack manifest [--prefix P] [--request-url URL]</c>: prints the Slack app manifest for this set-up.</summary>
internal static class SlackVerb
{
    public static Command Create(CliIo io)
    {
        var prefix = new Option<string>("--prefix") { Description = "Put this before every command name (bb- gives /bb-ask…) where another app took /ask", DefaultValueFactory = _ => string.Empty };
        var requestUrl = new Option<Uri?>("--request-url") { Description = "The bot's public https address: Slack posts commands to it instead of using Socket Mode" };
        var manifest = new Command("manifest", "Print the Slack app manifest (YAML) to create the app from.");
        manifest.Options.Add(prefix);
        manifest.Options.Add(requestUrl);
        manifest.SetAction(async (result, ct) =>
        {
            var p = result.GetValue(prefix) ?? string.Empty;
            if (p.Length > 10 || !p.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            {
                await io.Error.WriteLineAsync("error: --prefix takes up to 10 lower-case letters, digits, '-' or '_' (as Slack:CommandPrefix does).");
                return BriefingBotCli.Usage;
            }

            var url = result.GetValue(requestUrl);
            if (url is not null && (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps))
            {
                await io.Error.WriteLineAsync("error: --request-url must be an absolute https address (Slack only posts to https).");
                return BriefingBotCli.Usage;
            }

            await io.Output.WriteAsync(SlackManifest.Yaml(p, url?.AbsoluteUri));
            return BriefingBotCli.Success;
        });
        var command = new Command("slack", "Slack set-up.");
        command.Subcommands.Add(manifest);
        return command;
    }
}
