using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace BriefingBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayClientTests
{
    // No resume_gateway_url: the client resumes on the URL it was given, this fake.
    private const string Ready = """{"op":0,"s":1,"t":"READY","d":{"session_id":"S-1","resume_gateway_url":null}}""";

    private static async Task<T> WithClientAsync<T>(FakeGateway gateway, Func<DiscordGatewayClient, Task<T>> test)
    {
        var settings = Options.Create(new DiscordOptions { BotToken = "test-token-123", ApplicationId = "42", Mode = "Gateway", ApiBaseUrl = gateway.ApiBaseUrl, InlineAnswerBudget = TimeSpan.FromSeconds(1) });
        using var http = new HttpClient();
        DiscordRestClient.Configure(http, settings.Value);
        var rest = new DiscordRestClient(http, new DiscordRateLimits(TimeProvider.System), settings, NullLogger<DiscordRestClient>.Instance);
        var lifetime = new Mock<IHostApplicationLifetime>();
        var router = new CommandRouter([new EchoAsk()], NullLogger<CommandRouter>.Instance);
        var responder = new InteractionResponder(router, rest, settings, lifetime.Object, NullLogger<InteractionResponder>.Instance);
        using var client = new DiscordGatewayClient(rest, responder, settings, NullLogger<DiscordGatewayClient>.Instance);
        await client.StartAsync(CancellationToken.None);
        try
        {
            return await test(client);
        }
        finally
        {
            await client.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Connect_IdentifiesWithNoIntentsAndAnswersInteractionsThroughTheCallback()
    {
        JsonObject? identify = null;
        await using var gateway = new FakeGateway(async (n, session) =>
        {
            await session.HelloAsync();
            identify = await session.ReceiveAsync();
            await session.SendAsync(Ready);
            await session.SendAsync("""{"op":0,"s":2,"t":"INTERACTION_CREATE","d":{"id":"I1","type":2,"token":"tok","channel_id":"C1","guild_id":"G1","member":{"permissions":"0","user":{"id":"U1"}},"data":{"name":"ask","options":[{"type":3,"name":"question","value":"who backs Guaido"}]}}}""");
            await session.DrainAsync(TimeSpan.FromSeconds(2));
        });

        var callback = await WithClientAsync(gateway, async _ =>
        {
            await Eventually.WaitAsync(() => !gateway.Callbacks.IsEmpty, "the interaction callback");
            await Eventually.WaitAsync(() => gateway.Sessions.Single().Received.Any(f => f["op"]!.GetValue<int>() == 1), "a heartbeat");
            return gateway.Callbacks.Single();
        });

        Assert.Equal(2, identify!["op"]!.GetValue<int>());
        Assert.Equal(0, identify["d"]!["intents"]!.GetValue<int>());
        Assert.Equal("test-token-123", identify["d"]!["token"]!.GetValue<string>());
        Assert.Equal("I1", callback.Id);
        Assert.Equal(4, callback.Body["type"]!.GetValue<int>());
        Assert.Equal("answer: who backs Guaido", callback.Body["data"]!["embeds"]![0]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task MissingHeartbeatAck_ClosesAndResumesTheSession()
    {
        JsonObject? second = null;
        await using var gateway = new FakeGateway(async (n, session) =>
        {
            await session.HelloAsync(heartbeatMilliseconds: 100);
            if (n == 1)
            {
                session.AckHeartbeats = false;
                await session.ReceiveAsync();
                await session.SendAsync(Ready);
                await session.DrainAsync(TimeSpan.FromSeconds(5));
            }
            else
            {
                second = await session.ReceiveAsync();
                await session.DrainAsync(TimeSpan.FromSeconds(1));
            }
        });

        await WithClientAsync(gateway, async client =>
        {
            await Eventually.WaitAsync(() => second is not null, "a second connection");
            return 0;
        });

        Assert.Equal(6, second!["op"]!.GetValue<int>());
        Assert.Equal("S-1", second["d"]!["session_id"]!.GetValue<string>());
        Assert.Equal(1, second["d"]!["seq"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("""{"op":7,"d":null}""", 6)]
    [InlineData("""{"op":9,"d":true}""", 6)]
    [InlineData("""{"op":9,"d":false}""", 2)]
    public async Task ReconnectOrInvalidSession_ResumesOrIdentifiesAsTold(string instruction, int expectedOp)
    {
        JsonObject? second = null;
        await using var gateway = new FakeGateway(async (n, session) =>
        {
            await session.HelloAsync(heartbeatMilliseconds: 1000);
            await session.ReceiveAsync();
            if (n == 1)
            {
                await session.SendAsync(Ready);
                await session.SendAsync(instruction);
                await session.DrainAsync(TimeSpan.FromSeconds(10));
            }
            else
            {
                second = session.Received.Last();
                await session.DrainAsync(TimeSpan.FromSeconds(1));
            }
        });

        await WithClientAsync(gateway, async _ =>
        {
            await Eventually.WaitAsync(() => second is not null, "a second connection");
            return 0;
        });

        Assert.Equal(expectedOp, second!["op"]!.GetValue<int>());
    }

    [Fact]
    public async Task FatalCloseCode_StopsForGoodAndSaysWhy()
    {
        await using var gateway = new FakeGateway(async (n, session) =>
        {
            await session.HelloAsync(heartbeatMilliseconds: 1000);
            await session.ReceiveAsync();
            await session.CloseAsync(4004);
        });

        var reason = await WithClientAsync(gateway, async client =>
        {
            await Eventually.WaitAsync(() => client.StoppedBecause is not null, "the client to stop");
            await Task.Delay(1500);
            return client.StoppedBecause;
        });

        Assert.Contains("authentication failed", reason, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Connections);
    }

    [Fact]
    public async Task SendLimiter_AllowsTheLimitThenWaits()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time, limit: 3, window: TimeSpan.FromSeconds(60));

        for (var i = 0; i < 3; i++)
        {
            await limiter.WaitAsync(CancellationToken.None);
        }

        var fourth = limiter.WaitAsync(CancellationToken.None);
        await Task.Delay(50);
        var waitedBeforeTheWindow = fourth.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(60));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(waitedBeforeTheWindow);
    }

    private sealed class EchoAsk : ICommandHandler
    {
        public string Name => "ask";

        public string Help => "/ask";

        public Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken) => Task.FromResult(Reply.Notice("answer: " + command.Text));
    }
}
