using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Discord;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Tests;
using BriefingBot.Discord.Tests.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The Discord adapter under its limits: one briefing to each of N channels against a fake REST server that
/// enforces 50 requests/s globally and 5 messages/5 s per channel (429 beyond), and the interactions endpoint's
/// latency for PING and for a deferred command, on the bot's real web server.
/// </summary>
internal static class DiscordBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var channels = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        Console.WriteLine($"machine: {BenchHost.Machine()}");
        var posted = await PostAsync(channels);
        await EndpointAsync();
        return posted ? 0 : 1;
    }

    private static async Task<bool> PostAsync(int channels)
    {
        await using var fake = new FakeDiscord(messagesPerWindow: 5, windowSeconds: 5, globalPerSecond: DiscordRateLimits.GlobalPerSecond);
        var settings = new DiscordOptions { BotToken = "bench-token", ApplicationId = "42", ApiBaseUrl = fake.ApiBaseUrl };
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        DiscordRestClient.Configure(http, settings);
        var rest = new DiscordRestClient(http, new DiscordRateLimits(TimeProvider.System), Options.Create(settings), NullLogger<DiscordRestClient>.Instance);
        var platform = new DiscordChatPlatform(rest, Options.Create(settings));
        var reply = new Reply
        {
            Kind = ReplyKind.Briefing,
            Title = "Your briefing",
            Text = "8 new stories",
            Items = Enumerable.Range(1, 8).Select(i => new ReplyItem($"Story {i}", $"https://news.example/{i}", new string('s', 400), ["Gazette", "Courier"], DateTimeOffset.UtcNow)).ToList(),
        };

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(1, channels), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
            await platform.PostAsync(new ChannelAddress("discord", "G", (100_000 + i).ToString(CultureInfo.InvariantCulture)), reply, null, ct));
        clock.Stop();
        var floor = TimeSpan.FromSeconds((double)(channels - DiscordRateLimits.GlobalPerSecond) / DiscordRateLimits.GlobalPerSecond);
        var stored = fake.Messages.Values.Sum(q => q.Count);
        Console.WriteLine(
            $"posting: {stored:N0} briefings to {channels:N0} channels in {clock.Elapsed.TotalSeconds:0.00} s; the limits allow {floor.TotalSeconds:0.00} s at best " +
            $"({clock.Elapsed / floor:0.000}×); 429 responses: {fake.TooManyRequests}");
        return stored == channels && fake.TooManyRequests == 0;
    }

    private static async Task EndpointAsync()
    {
        await using var fake = new FakeDiscord();
        var dataDir = Directory.CreateTempSubdirectory("briefingbot-bench-discord-").FullName;
        var (app, port) = DiscordBotHost.Create(dataDir, fake.ApiBaseUrl, new() { ["Discord:InlineAnswerBudget"] = "00:00:00" }, s => s.AddSingleton<ICommandHandler, SlowCommand>());
        await using var running = app;
        await app.StartAsync();
        using var http = new HttpClient();
        var endpoint = new Uri($"http://127.0.0.1:{port}/discord/interactions");
        try
        {
            var ping = await BenchHost.MeasureLatencyAsync(http, 2000, i => Signed(endpoint, $$"""{"id":"p{{i}}","type":1}"""));
            var deferred = await BenchHost.MeasureLatencyAsync(http, 300, i => Signed(endpoint, "{\"id\":\"d" + i.ToString(CultureInfo.InvariantCulture) + "\",\"type\":2,\"token\":\"t\",\"guild_id\":\"G\",\"channel_id\":\"C\",\"member\":{\"permissions\":\"0\",\"user\":{\"id\":\"U\"}},\"data\":{\"name\":\"slow\"}}"));
            Console.WriteLine($"endpoint, PING: median {ping.Median:0.00} ms, p99 {ping.P99:0.00} ms ({ping.Count} requests, loopback round trip)");
            Console.WriteLine($"endpoint, deferred command: median {deferred.Median:0.00} ms, p99 {deferred.P99:0.00} ms ({deferred.Count} requests, loopback round trip)");
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static HttpRequestMessage Signed(Uri endpoint, string json)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.Add("X-Signature-Ed25519", Signer.Sign(timestamp, json));
        return request;
    }

    private sealed class SlowCommand : ICommandHandler
    {
        public string Name => "slow";

        public string Help => "/slow";

        public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            return Reply.Notice("done");
        }
    }
}
