using BriefingBot.Core.Delivery;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage;

/// <summary>Registers the story store for the configured provider.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStoryStore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath));
        services.AddSingleton<IStoryStore, SqliteStoryStore>();
        services.AddSingleton<ISourceStateStore, SqliteSourceStateStore>();
        services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.AddSingleton<IDeliveryLedger, SqliteDeliveryLedger>();
        return services;
    }
}
