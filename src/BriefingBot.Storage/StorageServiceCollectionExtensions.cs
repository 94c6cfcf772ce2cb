using BriefingBot.Core.Delivery;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage;

/// <summary>Registers the stores on the configured provider's database.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStoryStore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<StoreDatabase>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value is var options && options.UsesPostgres
            ? new PostgresDatabase(options.ConnectionString!)
            : new SqliteDatabase(options.DatabasePath));
        services.AddSingleton<IStoryStore, StoryStore>();
        services.AddSingleton<ISourceStateStore, SourceStateStore>();
        services.AddSingleton<ISubscriptionStore, SubscriptionStore>();
        services.AddSingleton<IDeliveryLedger, DeliveryLedger>();
        return services;
    }
}
