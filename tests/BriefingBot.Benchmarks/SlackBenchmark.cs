using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Slack;
using BriefingBot.Slack.Tests;
using BriefingBot.Slack.Tests.Commands;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The Slack adapter under its limits: several briefings to each of N channels against a fake Web API that allows
/// a burst of three messages per channel and then one a second (429 with Retry-After beyond), and the slash-command
/// endpoint's acknowledgement latency on the bot's real web server.
/// </summary>
internal static class SlackBenchmark
{
    private const int Burst = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var channels = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var perChannel = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 6;
        Console.WriteLine($"machine: {BenchHost.Machine()}");
        var posted = await PostAsync(channels, perChannel);
        await EndpointAsync();
        return posted ? 0 : 1;
    }

    private static async Task<bool> PostAsync(int channels, int perChannel)
    {
        await using var fake = new FakeSlack(burst: Burst);
        var settings = new SlackOptions { BotToken = FakeSlack.BotToken, ApiBaseUrl = fake.ApiBaseUrl, ChannelBurst = Burst };
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 });
        SlackWebApiClient.Configure(http, settings);
        var api = new SlackWebApiClient(http, new SlackPostPacer(TimeProvider.System, Burst), Options.Create(settings), NullLogger<SlackWebApiClient>.Instance);
        var platform = new SlackChatPlatform(api, Options.Create(settings));
        var reply = new Reply
        {
            Kind = ReplyKind.Briefing,
            Title = "Your briefing",
            Text = "8 new stories",
            Items = Enumerable.Range(1, 8).Select(i => new ReplyItem($"Story {i}", $"https://news.example/{i}", new string('s', 400), ["Gazette", "Courier"], DateTimeOffset.UtcNow)).ToList(),
        };

        // Warm-up, not measured: the JIT, and the connection pool a running bot already has (one connection per
        // request in flight), on channels of their own so no measured channel's limit is touched.
        await Parallel.ForEachAsync(Enumerable.Range(1, channels), new ParallelOptions { MaxDegreeOfParallelism = channels }, async (i, ct) =>
            await platform.PostAsync(new ChannelAddress("slack", "T1", "W" + i.ToString("D6", CultureInfo.InvariantCulture)), reply, null, ct));
        var warmUp = fake.Messages.Keys.Where(k => k.StartsWith('W')).ToList();
        foreach (var key in warmUp)
        {
            fake.Messages.TryRemove(key, out _);
            fake.Arrivals.TryRemove(key, out _);
        }

        // Every channel owes several briefings at once (slots missed while the bot was down, delivered on restart).
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(1, channels), new ParallelOptions { MaxDegreeOfParallelism = channels }, async (i, ct) =>
        {
            var channel = new ChannelAddress("slack", "T1", "C" + i.ToString("D6", CultureInfo.InvariantCulture));
            for (var n = 0; n < perChannel; n++)
            {
                await platform.PostAsync(channel, reply, null, ct);
            }
        });
        clock.Stop();
        var floorSeconds = Math.Max(1, perChannel - Burst); // a burst at once, then one a second
        var floor = TimeSpan.FromSeconds(floorSeconds);
        var stored = fake.Messages.Values.Sum(q => q.Count);
        var firsts = fake.Arrivals.Values.Select(q => (q.First() - started).TotalSeconds).Order().ToList();
        var lastArrival = fake.Arrivals.Values.Max(q => (q.Last() - started).TotalSeconds);
        var tightest = fake.Arrivals.Values.Max(q => (q.Last() - q.First()).TotalSeconds);
        var allowedAfterArrival = firsts[^1] + floorSeconds; // each channel's limit starts when its first message reaches Slack
        Console.WriteLine(
            $"  first message reached Slack after {firsts[firsts.Count / 2]:0.000} s (median), {firsts[^1]:0.000} s (last channel); last message after {lastArrival:0.000} s; " +
            $"longest first-to-last per channel {tightest:0.000} s against {floorSeconds:0.000} s allowed ({tightest / floorSeconds:0.000}×); " +
            $"counted from the first arrivals the limits allow {allowedAfterArrival:0.00} s ({clock.Elapsed.TotalSeconds / allowedAfterArrival:0.000}×)");
        Console.WriteLine(
            $"posting: {stored:N0} messages ({perChannel} per channel) to {channels:N0} channels in {clock.Elapsed.TotalSeconds:0.00} s; " +
            $"the limits allow {floor.TotalSeconds:0.00} s at best ({clock.Elapsed / floor:0.000}×); 429 responses: {fake.TooManyRequests}");
        return stored == channels * perChannel && fake.TooManyRequests == 0;
    }

    private static async Task EndpointAsync()
    {
        await using var fake = new FakeSlack();
        var dataDir = Directory.CreateTempSubdirectory("briefingbot-bench-slack-").FullName;
        var (app, port) = SlackBotHost.Create(dataDir, fake, configureServices: s => s.AddSingleton<ICommandHandler, SlowCommand>());
        await using var running = app;
        await app.StartAsync();
        using var http = new HttpClient();
        var endpoint = new Uri($"http://127.0.0.1:{port}/slack/commands");
        try
        {
            var deferred = await BenchHost.MeasureLatencyAsync(http, 1000, i => SlackBotHost.SignedCommand(endpoint, SlackBotHost.Form("/slow", string.Empty, user: "U" + i.ToString(CultureInfo.InvariantCulture), responseUrl: fake.ResponseUrl("r" + i.ToString(CultureInfo.InvariantCulture)))));
            var refused = await BenchHost.MeasureLatencyAsync(http, 1000, i => SlackBotHost.SignedCommand(endpoint, SlackBotHost.Form("/frobnicate", "x" + i.ToString(CultureInfo.InvariantCulture))));
            Console.WriteLine($"endpoint, command answered later (ack \"working on it\"): median {deferred.Median:0.00} ms, p99 {deferred.P99:0.00} ms ({deferred.Count} requests, loopback round trip)");
            Console.WriteLine($"endpoint, command answered in the ack (unknown command): median {refused.Median:0.00} ms, p99 {refused.P99:0.00} ms ({refused.Count} requests, loopback round trip)");
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }
}
