using System.CommandLine;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Cli;

/// <summary>
/// The command line of DESIGN.md: <c>run</c> (the default), <c>ingest</c>, <c>ask</c>, <c>brief</c>,
/// <c>stories</c> and <c>summarize</c>. Exit codes: 0 success, 1 failure, 2 bad usage; messages on stderr.
/// </summary>
public static class BriefingBotCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var dataDir = new Option<string?>("--data-dir") { Description = "Folder for the database (default ./data)", Recursive = true };
        var io = new CliIo(output, error);
        var root = new RootCommand("BriefingBot: a self-hosted news-briefing bot for Discord and Slack.");
        root.Options.Add(dataDir);

        var run = RunVerb.Create(dataDir, io);
        root.Subcommands.Add(run.Command);
        root.Options.Add(run.Urls);
        root.SetAction((result, ct) => run.ExecuteAsync(result, ct));
        root.Subcommands.Add(IngestVerb.Create(dataDir, io));
        root.Subcommands.Add(AskVerb.Create(dataDir, io));
        root.Subcommands.Add(BriefVerb.Create(dataDir, io));
        root.Subcommands.Add(StoriesVerb.Create(dataDir, io));
        root.Subcommands.Add(SummarizeVerb.Create(dataDir, io));
        root.Subcommands.Add(Nlp.NlpVerb.Create(io));
        root.Subcommands.Add(DiscordVerb.Create(dataDir, io));
        root.Subcommands.Add(SlackVerb.Create(io));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync("Run 'briefingbot --help' for usage.");
            return Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UsageException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return Usage;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled.");
            return Failure;
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return Failure;
        }
    }

    /// <summary>Configuration the command line overrides: today only the data folder.</summary>
    internal static Dictionary<string, string?> Overrides(ParseResult result, Option<string?> dataDir)
    {
        var overrides = new Dictionary<string, string?>();
        if (result.GetValue(dataDir) is { Length: > 0 } dir)
        {
            overrides["Storage:DataDirectory"] = dir;
        }

        return overrides;
    }
}
