using BriefingBot.Core.Chat;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BriefingBot.Core.Tests.Chat;

public sealed class CommandRouterTests
{
    private static CommandRouter Router(params ICommandHandler[] handlers) => new(handlers, NullLogger<CommandRouter>.Instance);

    private static Mock<ICommandHandler> Handler(string name)
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Name).Returns(name);
        handler.SetupGet(h => h.Help).Returns("/" + name);
        return handler;
    }

    [Fact]
    public async Task DispatchAsync_KnownCommand_GoesToItsHandler()
    {
        var ask = Handler("ask");
        ask.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).ReturnsAsync(Reply.Notice("answered"));

        var reply = await Router(ask.Object, Handler("brief").Object).DispatchAsync(ChatCommand.Parse("/ASK who backs Guaido", ChatContext.Console), CancellationToken.None);

        Assert.Equal("answered", reply.Text);
        ask.Verify(h => h.HandleAsync(It.Is<ChatCommand>(c => c.Name == "ask" && c.Text == "who backs Guaido"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DispatchAsync_UnknownCommand_ListsTheCommands()
    {
        var reply = await Router(Handler("ask").Object, Handler("brief").Object).DispatchAsync(ChatCommand.Parse("/frobnicate now", ChatContext.Console), CancellationToken.None);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.True(reply.Ephemeral);
        Assert.Contains("Unknown command /frobnicate", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/ask, /brief", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_TextTooLong_IsRefusedBeforeTheHandler()
    {
        var ask = Handler("ask");

        var reply = await Router(ask.Object).DispatchAsync(new ChatCommand("ask", new string('x', 10_000), ChatContext.Console), CancellationToken.None);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        ask.Verify(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchAsync_HandlerThrows_RepliesPolitely()
    {
        var ask = Handler("ask");
        ask.Setup(h => h.HandleAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database is locked"));

        var reply = await Router(ask.Object).DispatchAsync(ChatCommand.Parse("/ask x", ChatContext.Console), CancellationToken.None);

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.DoesNotContain("database", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who backs Guaido", "ask", "who backs Guaido")]
    [InlineData("/brief", "brief", "")]
    [InlineData("  /story   Storm Imara  ", "story", "Storm Imara")]
    public void Parse_Line_SplitsNameAndText(string line, string name, string text)
    {
        var command = ChatCommand.Parse(line, ChatContext.Console);

        Assert.Equal(name, command.Name);
        Assert.Equal(text, command.Text);
    }
}
