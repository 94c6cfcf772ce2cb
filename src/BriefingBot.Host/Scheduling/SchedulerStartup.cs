namespace BriefingBot.Host.Scheduling;

/// <summary>Rebuilds the schedule from the configuration store when the bot starts.</summary>
public sealed class SchedulerStartup(BriefingScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => scheduler.RestoreAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
