using BriefingBot.Core.Stories;
using BriefingBot.Ingestion.Fetching;
using BriefingBot.Ingestion.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BriefingBot.Ingestion.Tests;

/// <summary>The ingestion module as the host registers it, with test settings layered on top.</summary>
public static class TestServices
{
    public static ServiceProvider Create(Dictionary<string, string?>? settings = null, ISourceStateStore? state = null, IStoryStore? store = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Ingestion:Http:AllowLoopback"] = "true",
            ["Ingestion:Http:Timeout"] = "00:00:01",
            ["Ingestion:Http:MaxRetries"] = "1",
            ["Ingestion:Http:MaxResponseBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddIngestion();
        services.AddSingleton(state ?? Mock.Of<ISourceStateStore>());
        services.AddSingleton(store ?? Mock.Of<IStoryStore>());
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static FeedHttpClient Client(this ServiceProvider services) => services.GetRequiredService<FeedHttpClient>();

    public static SourceReader Reader(this ServiceProvider services) => services.GetRequiredService<SourceReader>();
}
