using BriefingBot.Slack.Commands;

namespace BriefingBot.Slack.Tests.Commands;

public sealed class SlackCommandReaderTests
{
    private static Dictionary<string, string?> Fields(string command, string text) => new()
    {
        ["command"] = command,
        ["text"] = text,
        ["team_id"] = "T1",
        ["channel_id"] = "C1",
        ["user_id"] = "U1",
        ["response_url"] = "https://hooks.slack.com/commands/T1/1/abc",
    };

    [Fact]
    public void TryRead_Ask_GivesThePlatformNeutralCommand()
    {
        Assert.True(SlackCommandReader.TryRead(Fields("/ask", "  who backs Guaido "), string.Empty, out var command, out _));

        Assert.Equal("ask", command!.Command.Name);
        Assert.Equal("who backs Guaido", command.Command.Text);
        Assert.Equal(new Core.Chat.ChatContext("slack", "T1", "C1", "U1", IsAdmin: false), command.Command.Context);
        Assert.False(command.IsPublic);
        Assert.Equal("https://hooks.slack.com/commands/T1/1/abc", command.ResponseUrl);
    }

    [Theory]
    [InlineData("/bb-ask", "bb-", "ask")]
    [InlineData("/ask", "bb-", "ask")]
    [InlineData("/BB-Brief", "bb-", "brief")]
    [InlineData("/bb-", "bb-", "bb-")]
    public void TryRead_ConfiguredPrefix_IsTakenOffTheName(string sent, string prefix, string expected)
    {
        Assert.True(SlackCommandReader.TryRead(Fields(sent, string.Empty), prefix, out var command, out _));

        Assert.Equal(expected, command!.Command.Name);
    }

    [Theory]
    [InlineData("--public who backs Guaido", true, "who backs Guaido")]
    [InlineData("--PUBLIC   who backs Guaido", true, "who backs Guaido")]
    [InlineData("--public", true, "")]
    [InlineData("--publicity stunts", false, "--publicity stunts")]
    [InlineData("public support for Maduro", false, "public support for Maduro")]
    public void TryRead_PublicFlag_OnlyAsALeadingWord(string text, bool isPublic, string rest)
    {
        Assert.True(SlackCommandReader.TryRead(Fields("/ask", text), string.Empty, out var command, out _));

        Assert.Equal(isPublic, command!.IsPublic);
        Assert.Equal(rest, command.Command.Text);
    }

    [Theory]
    [InlineData("command")]
    [InlineData("channel_id")]
    [InlineData("user_id")]
    public void TryRead_MissingField_IsAnErrorForTheUser(string missing)
    {
        var fields = Fields("/ask", "x");
        fields.Remove(missing);

        Assert.False(SlackCommandReader.TryRead(fields, string.Empty, out var command, out var error));
        Assert.Null(command);
        Assert.Contains("without a name, channel or user", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_NameWithoutSlash_IsRefused()
    {
        Assert.False(SlackCommandReader.TryRead(Fields("ask", "x"), string.Empty, out _, out _));
    }
}
