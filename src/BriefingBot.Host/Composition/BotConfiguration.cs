namespace BriefingBot.Host.Composition;

/// <summary>
/// Where settings come from, lowest to highest: <c>appsettings.json</c> beside the executable, an
/// optional <c>appsettings.{Environment}.json</c>, environment variables (<c>Storage__DataDirectory</c>),
/// then command-line options such as <c>--data-dir</c>. Secrets belong in environment variables.
/// </summary>
public static class BotConfiguration
{
    public static void Apply(IConfigurationBuilder configuration, string environmentName, IDictionary<string, string?> overrides)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var baseDirectory = AppContext.BaseDirectory;
        configuration.Sources.Clear();
        configuration
            .AddJsonFile(Path.Combine(baseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(baseDirectory, $"appsettings.{environmentName}.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides);
    }

    /// <summary>True when no chat platform has credentials: the bot runs offline with the samples and the console chat.</summary>
    public static bool IsOffline(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["Discord:BotToken"]) && string.IsNullOrWhiteSpace(configuration["Slack:BotToken"]);

    /// <summary>A relative path as given when it exists from the working folder, else beside the executable.</summary>
    public static string ResolvePath(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(beside) || Directory.Exists(beside) ? beside : path;
    }
}
