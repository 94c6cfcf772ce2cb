using System.Net;
using System.Text;
using System.Text.Json;
using BriefingBot.Host.Hosting;
using Microsoft.Data.Sqlite;

namespace BriefingBot.IntegrationTests;

/// <summary>The whole bot as a user starts it: real SQLite file, real HTTP on loopback, the console chat.</summary>
public sealed class OfflineBotTests : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("briefingbot-it-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    private static async Task<JsonElement> WaitForArticlesAsync(HttpClient http, Uri health, long atLeast)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(health);
                var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (response.StatusCode == HttpStatusCode.OK && json.GetProperty("store").GetProperty("articles").GetInt64() >= atLeast)
                {
                    return json;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The bot never reported its articles on /healthz.");
            }

            await Task.Delay(100);
        }
    }

    // The stance relations the running bot has read from its stored articles about a target, once there are any.
    private async Task<List<(string Party, long Supports)>> WaitForRelationsAsync(string target)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "briefingbot.db")};Mode=ReadOnly"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT party, supports FROM relations WHERE target = $target";
                command.Parameters.AddWithValue("$target", target);
                var found = new List<(string, long)>();
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        found.Add((reader.GetString(0), reader.GetInt64(1)));
                    }
                }

                if (found.Count > 0)
                {
                    return found;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The bot never stored relations about {target}.");
            }

            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Run_Offline_IngestsSamplesAndAFeedAndAnswersInTheConsoleChat()
    {
        await using var feed = new Scheduling.FeedServer();
        feed.Publish("Ferry strike ends", "https://ledger.example/ferry", "The ferry workers union ended its strike on Thursday after the operator agreed to a 4% raise. Services resume on Friday morning.");

        var port = Loopback.FreePort();
        using var console = new ScriptedConsole();
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDir,
            ["Ingestion:Sources:0"] = feed.Url,
            ["Ingestion:Http:AllowLoopback"] = "true",
            ["Chat:Console"] = "on",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var app = BotWebHost.Create(["--urls", $"http://127.0.0.1:{port}"], overrides, new ConsoleChatIo(console.Input, console.Output));
        var running = app.RunAsync();
        using var http = new HttpClient();

        var health = await WaitForArticlesAsync(http, new Uri($"http://127.0.0.1:{port}/healthz"), 12);
        console.Type("/ask who backs Guaido");
        var afterAsk = await console.WaitForAsync("Sources:", TimeSpan.FromSeconds(60));
        console.Type("/brief ferry");
        var afterBrief = await console.WaitForAsync("Ferry strike ends", TimeSpan.FromSeconds(60));
        console.Type("/nonsense");
        var afterUnknown = await console.WaitForAsync("Unknown command /nonsense", TimeSpan.FromSeconds(60));
        var backers = await WaitForRelationsAsync("Guaido");
        console.Type("/quit");
        await running.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Contains("Backing Guaido: the United States", afterAsk, StringComparison.Ordinal);
        Assert.DoesNotContain("Russia (supporter)", afterAsk, StringComparison.Ordinal);
        Assert.Contains("Loopback Ledger", afterBrief, StringComparison.Ordinal);
        Assert.Contains("Commands: /ask, /brief, /briefing, /help, /story", afterUnknown, StringComparison.Ordinal);
        Assert.Contains(("the United States", 1L), backers); // read from the stored samples by the relation worker
        Assert.DoesNotContain(backers, b => b.Party == "Russia");
        Assert.True(File.Exists(Path.Combine(dataDir, "briefingbot.db")));
    }

    [Fact]
    public async Task Run_BadSetting_StopsAtStartNamingTheKey()
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDir,
            ["Ingestion:PollInterval"] = "00:00:01",
            ["Chat:Console"] = "off",
        };
        await using var app = BotWebHost.Create(["--urls", $"http://127.0.0.1:{Loopback.FreePort()}"], overrides);

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Ingestion:PollInterval", error.Message, StringComparison.Ordinal);
    }
}
