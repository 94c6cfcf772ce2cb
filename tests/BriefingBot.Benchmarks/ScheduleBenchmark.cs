using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Host.Composition;
using BriefingBot.Host.Scheduling;
using BriefingBot.Ingestion.Pipeline;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The scheduler at scale, on the real clock: 10,000 subscriptions in SQLite, Quartz with one trigger each.
/// Measures the process's CPU while every trigger waits (idle overhead), then moves every subscription to the
/// same minute and measures how long it takes until each briefing was composed and handed to the adapter.
/// </summary>
internal static class ScheduleBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var idleSeconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60;
        var stories = args.Length > 2 ? Path.GetFullPath(args[2]) : Path.GetFullPath("config/samples");
        var dataDir = Directory.CreateTempSubdirectory("briefingbot-bench-schedule-").FullName;
        try
        {
            return await RunAsync(count, idleSeconds, stories, dataDir);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static async Task<int> RunAsync(int count, int idleSeconds, string stories, string dataDir)
    {
        var platform = new HandOffPlatform();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        BotConfiguration.Apply(builder.Configuration, "Production", new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDir });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddBotModules();
        builder.Services.AddSchedulingHostedServices();
        builder.Services.AddSingleton<IChatPlatform>(platform);
        using var host = builder.Build();

        // Stories to brief: the bundled samples, or a corpus given on the command line (all first seen today).
        var ingestion = host.Services.GetRequiredService<IngestionService>();
        var report = await ingestion.IngestAsync([stories], null, CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var far = now.AddHours(6);
        await InsertSubscriptionsAsync(Path.Combine(dataDir, "briefingbot.db"), count, $"daily {far:HH:mm}", now);

        var restore = Stopwatch.StartNew();
        await host.StartAsync();
        restore.Stop();
        Console.WriteLine($"machine: {BenchHost.Machine()}");
        Console.WriteLine($"store: {report.Added + report.Linked:N0} articles from {Path.GetFileName(stories)}; {count:N0} subscriptions; start-up with the schedule rebuilt: {restore.Elapsed.TotalSeconds:0.0} s");

        // Idle: every trigger is hours away.
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
        process.Refresh();
        var idleCpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds / wall.Elapsed.TotalMilliseconds;
        Console.WriteLine($"idle with {count:N0} triggers: {idleCpu * 100:0.00}% of one core over {wall.Elapsed.TotalSeconds:0} s");

        // Burst: every subscription moved to the same minute.
        var slot = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(1);
        while (slot - DateTimeOffset.UtcNow < TimeSpan.FromSeconds(25))
        {
            slot = slot.AddMinutes(1);
        }

        var store = host.Services.GetRequiredService<ISubscriptionStore>();
        var scheduler = host.Services.GetRequiredService<BriefingScheduler>();
        var moving = Stopwatch.StartNew();
        foreach (var subscription in await store.ListSubscriptionsAsync(CancellationToken.None))
        {
            await store.SaveSubscriptionAsync(subscription with { Schedule = $"daily {slot:HH:mm}" }, CancellationToken.None);
            await scheduler.SubscriptionChangedAsync(subscription.Id, CancellationToken.None);
        }

        moving.Stop();
        Console.WriteLine($"moved {count:N0} subscriptions to {slot:HH:mm} UTC through the admin path in {moving.Elapsed.TotalSeconds:0.0} s");

        var deadline = slot.AddMinutes(3);
        while (platform.Count < count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var last = platform.Last;
        var delivered = await CountDeliveredAsync(Path.Combine(dataDir, "briefingbot.db"));
        Console.WriteLine(
            $"burst: {platform.Count:N0} of {count:N0} briefings composed and handed over; the last {(last - slot).TotalSeconds:0.0} s after the slot " +
            $"({platform.Count / Math.Max(0.001, (last - slot).TotalSeconds):0} a second); ledger: {delivered:N0} delivered");
        await host.StopAsync();
        return platform.Count == count && delivered == count ? 0 : 1;
    }

    private static async Task InsertSubscriptionsAsync(string databasePath, int count, string schedule, DateTimeOffset now)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var from = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        string[] topics = ["[]", "[]", "[]", "[\"Venezuela\"]", "[\"fares\",\"transit\"]"];
        for (var i = 0; i < count; i++)
        {
            await connection.ExecuteAsync(
                "INSERT INTO subscriptions (platform, server_id, channel_id, schedule, time_zone, paused, topics, scheduled_from) VALUES ('bench', @server, @channel, @schedule, 'UTC', 0, @topics, @from)",
                new { server = $"s{i % 100}", channel = $"c{i}", schedule, topics = topics[i % topics.Length], from },
                transaction);
        }

        await transaction.CommitAsync();
    }

    private static async Task<long> CountDeliveredAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM deliveries WHERE state = 'Delivered'");
    }

    /// <summary>The adapter's side of the hand-off: counts briefings and notes when the last one arrived.</summary>
    private sealed class HandOffPlatform : IChatPlatform
    {
        private int count;
        private long lastTicks;

        public string Name => "bench";

        public int Count => Volatile.Read(ref count);

        public DateTimeOffset Last => new(Interlocked.Read(ref lastTicks), TimeSpan.Zero);

        public Task<PostedMessage> PostAsync(ChannelAddress channel, Reply reply, DeliveryKey? key, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref count);
            Interlocked.Exchange(ref lastTicks, DateTimeOffset.UtcNow.UtcTicks);
            return Task.FromResult(new PostedMessage(n.ToString(CultureInfo.InvariantCulture)));
        }

        public Task<PostedMessage?> FindDeliveryAsync(ChannelAddress channel, DeliveryKey key, CancellationToken cancellationToken) =>
            Task.FromResult<PostedMessage?>(null);
    }
}
