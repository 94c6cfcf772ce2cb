using BriefingBot.Core.Scheduling;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>
/// Registers Quartz (in-memory job store, rebuilt from the configuration store at start and, on a shared store,
/// re-read from it every sync interval) and the briefing jobs.
/// </summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BriefingScheduler>();
        services.AddSingleton<IScheduleChanges>(sp => sp.GetRequiredService<BriefingScheduler>());
        services.AddTransient<BriefingJob>();
        services.AddTransient<FeedPollJob>();
        services.AddTransient<ScheduleSyncJob>();
        services.AddQuartz(quartz =>
        {
            // Quartz keeps schedulers in a process-wide repository by name: two hosts in one process (the integration
            // tests run several bots side by side) sharing the default name would find each other's scheduler and
            // schedule a bot's catch-up into another bot, or into one already shut down.
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = $"briefingbot-{Guid.NewGuid():N}");
            quartz.UseInMemoryStore(_ => { });
            quartz.UseDefaultThreadPool(_ => { });
        });
        services.AddOptions<ThreadPoolOptions>()
            .Configure<IOptions<SchedulingOptions>>((pool, scheduling) => pool.MaxConcurrency = scheduling.Value.MaxConcurrency);
        return services;
    }

    /// <summary>Starts the scheduler with the host, after rebuilding its triggers.</summary>
    public static IServiceCollection AddSchedulingHostedServices(this IServiceCollection services)
    {
        services.AddHostedService<SchedulerStartup>();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
