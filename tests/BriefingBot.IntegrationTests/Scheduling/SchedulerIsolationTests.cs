using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BriefingBot.IntegrationTests.Scheduling;

/// <summary>Two bots in one process (as the tests run them) each schedule on their own Quartz scheduler.</summary>
public sealed class SchedulerIsolationTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoBotsInOneProcess_HaveTheirOwnSchedulers()
    {
        await using var first = await TestBot.StartAsync(Morning);
        await using var second = await TestBot.StartAsync(Morning);

        var a = await first.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        var b = await second.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);
        await first.StopAsync();
        var stillRunning = b.Status == SchedulerStatus.Running;
        await second.StopAsync();

        Assert.NotSame(a, b);
        Assert.NotEqual(a.SchedulerName, b.SchedulerName);
        Assert.True(stillRunning, "stopping one bot shut down the other's scheduler");
    }
}
