using BriefingBot.Slack.Commands;
using YamlDotNet.RepresentationModel;

namespace BriefingBot.Slack.Tests.Commands;

public sealed class SlackManifestTests
{
    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlMappingNode root, params string[] path) =>
        path.Aggregate<string, YamlNode>(root, (node, key) => ((YamlMappingNode)node).Children[new YamlScalarNode(key)]);

    [Fact]
    public void CommittedManifest_IsWhatTheCodeGenerates()
    {
        Assert.Equal(SlackManifest.Yaml(), File.ReadAllText(RepositoryFile(Path.Combine("config", "slack-app-manifest.yaml"))));
    }

    [Fact]
    public void Yaml_Default_DeclaresTheCommandsScopesAndSocketMode()
    {
        var root = Parse(SlackManifest.Yaml());

        var commands = ((YamlSequenceNode)At(root, "features", "slash_commands")).Children.Select(c => At((YamlMappingNode)c, "command").ToString()).ToList();
        var scopes = ((YamlSequenceNode)At(root, "oauth_config", "scopes", "bot")).Children.Select(s => s.ToString()).ToList();
        Assert.Equal(["/ask", "/brief", "/story", "/briefing", "/help"], commands);
        Assert.Equal(["commands", "chat:write", "chat:write.public", "users:read", "channels:history", "groups:history"], scopes);
        Assert.Equal("true", At(root, "settings", "socket_mode_enabled").ToString());
        Assert.All(((YamlSequenceNode)At(root, "features", "slash_commands")).Children, c => Assert.False(((YamlMappingNode)c).Children.ContainsKey(new YamlScalarNode("url"))));
    }

    [Fact]
    public void Yaml_WithPrefixAndRequestUrl_PrefixesEveryCommandAndPointsThemAtTheEndpoint()
    {
        var root = Parse(SlackManifest.Yaml("bb-", "https://bot.example.org/"));

        var commands = ((YamlSequenceNode)At(root, "features", "slash_commands")).Children.Cast<YamlMappingNode>().ToList();
        Assert.All(commands, c => Assert.StartsWith("/bb-", At(c, "command").ToString(), StringComparison.Ordinal));
        Assert.All(commands, c => Assert.Equal("https://bot.example.org/slack/commands", At(c, "url").ToString()));
        Assert.Equal("false", At(root, "settings", "socket_mode_enabled").ToString());
    }
}
