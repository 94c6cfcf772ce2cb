using BriefingBot.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.IntegrationTests;

/// <summary>
/// The whole bot on a fake clock: real SQLite file in a temp folder, the console chat scripted by the test, and
/// time that moves only when the test advances it (Quartz and every other service read the same clock).
/// </summary>
public sealed class TestBot : IAsyncDisposable
{
    private TestBot(string dataDir, bool ownsData, FakeTimeProvider time, ScriptedConsole console, WebApplication app, Task running)
    {
        OwnsData = ownsData;
        DataDir = dataDir;
        Time = time;
        Console = console;
        App = app;
        Running = running;
    }

    public string DataDir { get; }

    /// <summary>True when the bot made its data folder and deletes it when disposed.</summary>
    public bool OwnsData { get; }

    public FakeTimeProvider Time { get; }

    public ScriptedConsole Console { get; }

    public WebApplication App { get; }

    public Task Running { get; }

    public static async Task<TestBot> StartAsync(DateTimeOffset now, Dictionary<string, string?>? settings = null, string? dataDir = null)
    {
        var ownsData = dataDir is null;
        dataDir ??= Directory.CreateTempSubdirectory("briefingbot-it-").FullName;
        var time = new FakeTimeProvider(now);
        var console = new ScriptedConsole();
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDir,
            ["Ingestion:Http:AllowLoopback"] = "true",
            ["Chat:Console"] = "on",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            overrides[key] = value;
        }

        var app = BotWebHost.Create(
            ["--urls", $"http://127.0.0.1:{Loopback.FreePort()}"],
            overrides,
            new ConsoleChatIo(console.Input, console.Output),
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
        var running = app.RunAsync();
        await console.WaitForAsync("BriefingBot is running offline", TimeSpan.FromSeconds(60));
        return new TestBot(dataDir, ownsData, time, console, app, running);
    }

    /// <summary>Types a command and waits for text that only its reply contains.</summary>
    public async Task<string> SendAsync(string line, string expected)
    {
        var before = Console.Text.Length;
        Console.Type(line);
        await Console.WaitForAsync(expected, TimeSpan.FromSeconds(60), from: before);
        return Console.Text[before..];
    }

    /// <summary>Runs a query on the bot's SQLite file (a second connection, as another process would).</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> read)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDir, "briefingbot.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>
    /// Moves the bot's clock forward and makes Quartz look at it again. Its thread waits for the next trigger on a timer
    /// made from a reading of the clock; when the clock moves between that reading and the timer's start, the timer is
    /// due a whole advance later than meant and the trigger would not fire (a rare race, once seen as "Waited in vain
    /// for the feed's second poll"). Standing the scheduler by and starting it again wakes the thread, which then fires
    /// whatever is due.
    /// </summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        var scheduler = await App.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        await scheduler.Start();
    }

    /// <summary>Waits (in real time) until a condition on the bot's state holds.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited in vain for {what}.");
            }

            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        Console.Type("/quit");
        await Running.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Running.IsCompleted)
        {
            // A failed test may leave a job mid-run; shutdown gets a real-time limit rather than the fake clock's.
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await App.StopAsync(limit.Token);
        }

        await App.DisposeAsync();
        Console.Dispose();
        SqliteConnection.ClearAllPools();
        if (OwnsData)
        {
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder when a file is still held; it is cleaned with the rest of /tmp.
            }
        }
    }
}
