using System.CommandLine;
using BriefingBot.Host.Composition;

namespace BriefingBot.Host.Cli;

/// <summary>Starts the service container for a one-shot verb (validating settings) and stops it after.</summary>
internal static class VerbHost
{
    public static async Task<int> RunAsync(ParseResult result, Option<string?> dataDir, Func<IServiceProvider, Task<int>> verb, CancellationToken cancellationToken)
    {
        using var host = BotHost.CreateForVerb(BriefingBotCli.Overrides(result, dataDir));
        await host.StartAsync(cancellationToken);
        try
        {
            return await verb(host.Services);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
