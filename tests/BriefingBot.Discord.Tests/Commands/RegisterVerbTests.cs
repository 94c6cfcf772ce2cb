using BriefingBot.Discord.Commands;
using BriefingBot.Host.Cli;

namespace BriefingBot.Discord.Tests.Commands;

/// <summary>Runs alone: it sets the bot's environment variables, as an operator would.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public sealed class RegisterVerbTests : IDisposable
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("briefingbot-register-").FullName;

    public void Dispose()
    {
        foreach (var key in new[] { "Discord__BotToken", "Discord__ApplicationId", "Discord__ApiBaseUrl", "Discord__PublicKey" })
        {
            Environment.SetEnvironmentVariable(key, null);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingBotCli.RunAsync([.. args, "--data-dir", dataDir], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Register_WithoutCredentials_SaysWhatToSet()
    {
        var (code, _, error) = await RunAsync("discord", "register");

        Assert.Equal(BriefingBotCli.Usage, code);
        Assert.Contains("Set Discord__BotToken and Discord__ApplicationId", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_InAGuild_ReplacesTheWholeCommandSet()
    {
        await using var fake = new FakeDiscord();
        Environment.SetEnvironmentVariable("Discord__BotToken", "test-token-123");
        Environment.SetEnvironmentVariable("Discord__ApplicationId", "42");
        Environment.SetEnvironmentVariable("Discord__PublicKey", new string('a', 64));
        Environment.SetEnvironmentVariable("Discord__ApiBaseUrl", fake.ApiBaseUrl);

        var (code, output, error) = await RunAsync("discord", "register", "--guild", "777");

        Assert.True(code == BriefingBotCli.Success, error);
        Assert.Equal("Registered /ask, /brief, /story, /briefing, /help in server 777.", output.Trim());
        var (method, path, body, _, _) = Assert.Single(fake.Requests);
        Assert.Equal(("PUT", "applications/42/guilds/777/commands"), (method, path));
        var briefing = body!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "briefing")!;
        Assert.Equal("32", briefing["default_member_permissions"]!.GetValue<string>());
        Assert.DoesNotContain("test-token-123", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Definitions_KeepDiscordsRules()
    {
        foreach (var command in DiscordCommands.Definitions())
        {
            Check(command!.AsObject());
        }

        static void Check(System.Text.Json.Nodes.JsonObject node)
        {
            var name = node["name"]!.GetValue<string>();
            Assert.Matches("^[a-z]{1,32}$", name);
            Assert.InRange(node["description"]!.GetValue<string>().Length, 1, 100);
            var options = node["options"] as System.Text.Json.Nodes.JsonArray ?? [];
            Assert.InRange(options.Count, 0, 25);
            foreach (var option in options)
            {
                Check(option!.AsObject());
            }
        }
    }
}
