using BriefingBot.Host.Composition;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Benchmarks;

/// <summary>The same service container the CLI verbs use, on a data folder of the benchmark's own.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(IHost host, string dataDir)
    {
        Host = host;
        DataDir = dataDir;
    }

    public IHost Host { get; }

    public string DataDir { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<BenchHost> StartAsync(string dataDir)
    {
        var host = BotHost.CreateForVerb(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDir });
        await host.StartAsync();
        return new BenchHost(host, dataDir);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
    }

    public static string Machine() =>
        $"{File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown CPU"}, " +
        $"{Environment.ProcessorCount} cores, .NET {Environment.Version}";

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
