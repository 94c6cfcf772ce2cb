using System.CommandLine;
using BriefingBot.Host.Hosting;

namespace BriefingBot.Host.Cli;

/// <summary><c>run</c> (the default verb): the hosted service until Ctrl+C or /quit.</summary>
internal sealed class RunVerb(Command command, Option<string?> urls, Option<string?> dataDir)
{
    public Command Command { get; } = command;

    public Option<string?> Urls { get; } = urls;

    public static RunVerb Create(Option<string?> dataDir, CliIo io)
    {
        var urls = new Option<string?>("--urls") { Description = $"Listen addresses (default {BotWebHost.DefaultUrls}, or ASPNETCORE_URLS)" };
        var command = new Command("run", "Run the bot: ingestion, chat endpoints and, offline, a console chat (the default).");
        command.Options.Add(urls);
        var verb = new RunVerb(command, urls, dataDir);
        command.SetAction((result, ct) => verb.ExecuteAsync(result, ct));
        return verb;
    }

    public async Task<int> ExecuteAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var args = result.GetValue(Urls) is { Length: > 0 } value ? new[] { "--urls", value } : [];
        await using var app = BotWebHost.Create(args, BriefingBotCli.Overrides(result, dataDir));
        await app.RunAsync(cancellationToken);
        return BriefingBotCli.Success;
    }
}
