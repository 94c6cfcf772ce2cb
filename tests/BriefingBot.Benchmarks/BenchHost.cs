using BriefingBot.Host.Composition;
using BriefingBot.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The same service container the CLI verbs use, on a data folder of the benchmark's own: its SQLite file or, with
/// <c>BRIEFINGBOT_BENCH_STORE=postgres</c>, a database on a throwaway PostgreSQL cluster started for the run.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly PostgresCluster? cluster;

    private BenchHost(IHost host, string dataDir, PostgresCluster? cluster)
    {
        Host = host;
        DataDir = dataDir;
        this.cluster = cluster;
    }

    public static bool OnPostgres => string.Equals(Environment.GetEnvironmentVariable("BRIEFINGBOT_BENCH_STORE"), "postgres", StringComparison.OrdinalIgnoreCase);

    public IHost Host { get; }

    public string DataDir { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<BenchHost> StartAsync(string dataDir)
    {
        var settings = new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDir };
        var cluster = OnPostgres ? new PostgresCluster() : null;
        if (cluster is not null)
        {
            settings["Storage:Provider"] = "Postgres";
            settings["Storage:ConnectionString"] = cluster.CreateDatabase();
            Console.WriteLine("store: PostgreSQL (a throwaway cluster, durability off)");
        }

        var host = BotHost.CreateForVerb(settings);
        await host.StartAsync();
        return new BenchHost(host, dataDir, cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        cluster?.Dispose();
    }

    public static string Machine() =>
        $"{File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown CPU"}, " +
        $"{Environment.ProcessorCount} cores, .NET {Environment.Version}";

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>
    /// Round-trip latency of <paramref name="count"/> requests sent one after another on loopback (an upper bound on
    /// the server's time); the first 50 only warm the JIT. Any answer but 200 stops the run.
    /// </summary>
    public static async Task<(double Median, double P99, int Count)> MeasureLatencyAsync(HttpClient http, int count, Func<int, HttpRequestMessage> request)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count + 50; i++)
        {
            using var message = request(i);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var response = await http.SendAsync(message);
            await response.Content.ReadAsStringAsync();
            clock.Stop();
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"the endpoint answered {(int)response.StatusCode}");
            }

            if (i >= 50)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (Percentile(times, 0.5), Percentile(times, 0.99), times.Count);
    }
}
