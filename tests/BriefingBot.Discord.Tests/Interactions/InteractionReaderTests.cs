using System.Text.Json.Nodes;
using BriefingBot.Discord.Interactions;

namespace BriefingBot.Discord.Tests.Interactions;

public sealed class InteractionReaderTests
{
    private static JsonObject Interaction(string data, string permissions = "0")
    {
        var interaction = JsonNode.Parse("""{"id":"1","type":2,"token":"t","guild_id":"G1","channel_id":"C1","member":{"user":{"id":"U1"}}}""")!.AsObject();
        interaction["member"]!["permissions"] = permissions;
        interaction["data"] = JsonNode.Parse(data);
        return interaction;
    }

    [Fact]
    public void TryRead_Ask_TakesTheQuestionAndThePublicOption()
    {
        Assert.True(InteractionReader.TryRead(Interaction("""{"name":"ask","options":[{"type":3,"name":"question","value":"who backs Guaido"},{"type":5,"name":"public","value":true}]}"""), out var command, out var isPublic, out _));

        Assert.Equal("ask", command!.Name);
        Assert.Equal("who backs Guaido", command.Text);
        Assert.True(isPublic);
        Assert.Equal(("discord", "G1", "C1", "U1", false), (command.Context.Platform, command.Context.ServerId, command.Context.ChannelId, command.Context.UserId, command.Context.IsAdmin));
    }

    [Fact]
    public void TryRead_BriefingSubcommandGroup_BecomesTheAdminText()
    {
        Assert.True(InteractionReader.TryRead(
            Interaction("""{"name":"briefing","options":[{"type":2,"name":"schedule","options":[{"type":1,"name":"set","options":[{"type":3,"name":"when","value":"daily 08:00"},{"type":3,"name":"zone","value":"America/Caracas"}]}]}]}""", "32"),
            out var command,
            out _,
            out _));

        Assert.Equal("schedule set daily 08:00 America/Caracas", command!.Text);
        Assert.True(command.Context.IsAdmin);
    }

    [Theory]
    [InlineData("8", true)]
    [InlineData("32", true)]
    [InlineData("2147483647", true)]
    [InlineData("2048", false)]
    [InlineData("not-a-number", false)]
    [InlineData("1152921504606846976", false)]
    public void IsAdmin_NeedsAdministratorOrManageServer(string permissions, bool admin)
    {
        Assert.Equal(admin, InteractionReader.IsAdmin(JsonNode.Parse($$"""{"permissions":"{{permissions}}"}""")!.AsObject()));
    }

    [Fact]
    public void TryRead_OptionOfTheWrongType_IsAPoliteError()
    {
        Assert.False(InteractionReader.TryRead(Interaction("""{"name":"ask","options":[{"type":5,"name":"public","value":"yes"},{"type":"three","name":"question","value":1}]}"""), out _, out _, out var error));

        Assert.Equal("That command had an option of the wrong type.", error);
    }
}
