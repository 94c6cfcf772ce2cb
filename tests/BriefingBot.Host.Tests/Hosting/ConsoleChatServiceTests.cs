using BriefingBot.Core.Chat;
using BriefingBot.Host.Hosting;
using BriefingBot.Ingestion.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BriefingBot.Host.Tests.Hosting;

public sealed class ConsoleChatServiceTests
{
    [Fact]
    public async Task ExecuteAsync_QuitPipedBeforeStartUpFinished_IsReadOnlyOnceTheHostHasStarted()
    {
        using var started = new CancellationTokenSource();
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.SetupGet(l => l.ApplicationStarted).Returns(started.Token);
        var router = new CommandRouter([], NullLogger<CommandRouter>.Instance);
        using var output = new StringWriter();
        var ingestion = new IngestionStatus(TimeProvider.System);
        ingestion.NothingToIngest();
        using var service = new ConsoleChatService(router, lifetime.Object, new ConsoleChatIo(new StringReader("/quit\n"), output), ingestion, NullLogger<ConsoleChatService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await Task.Delay(200);
        lifetime.Verify(l => l.StopApplication(), Times.Never); // the web server may still be binding

        await started.CancelAsync(); // the host reports it has started
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        lifetime.Verify(l => l.StopApplication(), Times.Once);
        Assert.Contains("running offline", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_FirstIngestionStillRunning_OpensTheChatOnlyWhenItHasFinished()
    {
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.SetupGet(l => l.ApplicationStarted).Returns(new CancellationToken(canceled: true)); // started already
        var router = new CommandRouter([], NullLogger<CommandRouter>.Instance);
        using var output = new StringWriter();
        var ingestion = new IngestionStatus(TimeProvider.System);
        using var service = new ConsoleChatService(router, lifetime.Object, new ConsoleChatIo(new StringReader("/quit\n"), output), ingestion, NullLogger<ConsoleChatService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await Task.Delay(200);
        var beforeIngestion = output.ToString();

        ingestion.Record(new IngestionReport());
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.DoesNotContain("running offline", beforeIngestion, StringComparison.Ordinal);
        lifetime.Verify(l => l.StopApplication(), Times.Once);
        Assert.Contains("running offline", output.ToString(), StringComparison.Ordinal);
    }
}
