using System.Collections.Concurrent;
using System.Diagnostics;
using BriefingBot.Core.Answering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;

namespace BriefingBot.Llm.Tests;

public sealed class LlmAnswerEngineTests : IAsyncLifetime
{
    private const string ApiKey = "sk-test-9f8e7d6c5b4a";

    private static readonly Answer Grounded = new()
    {
        Question = "who backs Guaido",
        Text = "Backing Guaido: the United States, Canada.",
        Entities = [new AnswerEntity("the United States", "supporter", [new Evidence("a-1", "The United States recognized Guaido as interim president.")])],
        Citations =
        [
            new Citation("a-1", "Allies line up", "https://harbor-gazette.example/a", "Harbor Gazette", new DateTimeOffset(2019, 1, 24, 0, 0, 0, TimeSpan.Zero), "The United States recognized Guaido as interim president."),
            new Citation("a-2", "Ottawa follows", null, "Ridgeview Post", null, "Canada said it also backs Guaido."),
            new Citation("a-3", "Markets", null, "Ridgeview Post", null, "Bond prices rose on the news."),
        ],
        Confidence = 0.7,
    };

    private readonly ConcurrentQueue<string> log = new();
    private FakeOpenAi server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAi.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AskAsync_ModelCitesTheSentences_AnswersWithOnlyTheCitedOnesRenumbered()
    {
        server.Content = "The United States backs Guaido [1], and so does Canada [2].";
        var engine = Engine(BuiltIn(Grounded));

        var answer = await engine.AskAsync("who backs Guaido", CancellationToken.None);

        Assert.Equal("The United States backs Guaido [1], and so does Canada [2].", answer.Text);
        Assert.Equal(["a-1", "a-2"], answer.Citations.Select(c => c.ArticleId));
        Assert.Equal(Grounded.Entities, answer.Entities);
        var (body, authorization) = Assert.Single(server.Requests);
        Assert.Equal("test-model", body["model"]!.GetValue<string>());
        Assert.Equal($"Bearer {ApiKey}", authorization);
        var prompt = body["messages"]!.AsArray().Select(m => m!["content"]!.ToString()).Last();
        Assert.Contains("[1] (Harbor Gazette, 2019-01-24) The United States recognized Guaido as interim president.", prompt, StringComparison.Ordinal);
        Assert.Contains("[3] (Ridgeview Post, undated) Bond prices rose on the news.", prompt, StringComparison.Ordinal);
        Assert.EndsWith("Question: who backs Guaido", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_CitationsOutOfOrder_AreRenumberedInTheOrderTheAnswerUsesThem()
    {
        server.Content = "Canada backs him [2]; the United States recognized him first [1]. Nothing else [9].";
        var engine = Engine(BuiltIn(Grounded));

        var answer = await engine.AskAsync("who backs Guaido", CancellationToken.None);

        Assert.Equal("Canada backs him [1]; the United States recognized him first [2]. Nothing else .", answer.Text);
        Assert.Equal(["a-2", "a-1"], answer.Citations.Select(c => c.ArticleId));
    }

    [Theory]
    [InlineData("NOT IN SOURCES")]
    [InlineData("Guaido is backed by many countries.")]
    [InlineData("")]
    public async Task AskAsync_ModelAnswersWithoutCitingOrDeclines_GivesTheBuiltInAnswer(string content)
    {
        server.Content = content;
        var engine = Engine(BuiltIn(Grounded));

        var answer = await engine.AskAsync("who backs Guaido", CancellationToken.None);

        Assert.Same(Grounded, answer);
    }

    [Fact]
    public async Task AskAsync_EndpointFails_GivesTheBuiltInAnswerAndLogsWithoutTheKey()
    {
        server.Status = 500;
        var engine = Engine(BuiltIn(Grounded));

        var answer = await engine.AskAsync("who backs Guaido", CancellationToken.None);

        Assert.Same(Grounded, answer);
        Assert.Single(server.Requests); // no retries: the engine's own timeout and fallback govern
        Assert.Contains(log, l => l.Contains("failed", StringComparison.Ordinal));
        Assert.DoesNotContain(log, l => l.Contains(ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_EndpointTooSlow_GivesTheBuiltInAnswerWhenTheTimeoutEnds()
    {
        server.Content = "Too late [1].";
        server.Delay = TimeSpan.FromSeconds(30);
        var engine = Engine(BuiltIn(Grounded), TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var answer = await engine.AskAsync("who backs Guaido", CancellationToken.None);

        Assert.Same(Grounded, answer);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Contains(log, l => l.Contains("did not answer within", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAsync_NothingRetrieved_DoesNotAskTheModel()
    {
        var nothing = new Answer { Question = "who backs the moon", Text = "I found nothing in the stored articles about the moon." };
        var engine = Engine(BuiltIn(nothing));

        var answer = await engine.AskAsync("who backs the moon", CancellationToken.None);

        Assert.Same(nothing, answer);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AskAsync_CallerCancels_Throws()
    {
        server.Delay = TimeSpan.FromSeconds(30);
        var engine = Engine(BuiltIn(Grounded));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.AskAsync("who backs Guaido", cancel.Token));
    }

    private static IAnswerEngine BuiltIn(Answer answer)
    {
        var builtIn = new Mock<IAnswerEngine>();
        builtIn.Setup(e => e.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(answer);
        return builtIn.Object;
    }

    private LlmAnswerEngine Engine(IAnswerEngine builtIn, TimeSpan? timeout = null)
    {
        var options = new LlmOptions { Endpoint = server.Endpoint, Model = "test-model", ApiKey = ApiKey, Timeout = timeout ?? TimeSpan.FromSeconds(10) };
        return new LlmAnswerEngine(builtIn, LlmServiceCollectionExtensions.CreateChatClient(options), Options.Create(options), new ListLogger(log));
    }

    private sealed class ListLogger(ConcurrentQueue<string> entries) : ILogger<LlmAnswerEngine>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(formatter(state, exception));
    }
}
