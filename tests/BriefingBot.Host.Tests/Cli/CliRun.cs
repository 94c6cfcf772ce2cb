using BriefingBot.Host.Cli;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Host.Tests.Cli;

/// <summary>Runs the real command line in process against a data folder of its own.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun() => DataDir = Directory.CreateTempSubdirectory("briefingbot-cli-").FullName;

    public string DataDir { get; }

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "config", "samples");

    public async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingBotCli.RunAsync([.. args, "--data-dir", DataDir], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public string File(string name, string content)
    {
        var path = Path.Combine(DataDir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataDir, recursive: true);
    }
}
