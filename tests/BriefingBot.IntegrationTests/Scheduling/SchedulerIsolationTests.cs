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

        // Quartz's hosted service starts a scheduler once the host has started, without awaiting it: on a loaded
        // machine the second one may still be starting here, which is not what this test is about.
        await WaitUntilRunningAsync(a);
        await WaitUntilRunningAsync(b);
        await first.StopAsync();
        var stillRunning = b.Status == SchedulerStatus.Running;
        await second.StopAsync();

        Assert.NotSame(a, b);
        Assert.NotEqual(a.SchedulerName, b.SchedulerName);
        Assert.True(stillRunning, "stopping one bot shut down the other's scheduler");
    }

    private static async Task WaitUntilRunningAsync(IScheduler scheduler)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (scheduler.Status != SchedulerStatus.Running && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(SchedulerStatus.Running, scheduler.Status);
    }
}
