using BriefingBot.Core.Stories;
using BriefingBot.Core.Summarization;
using BriefingBot.Ingestion.Fetching;
using BriefingBot.Ingestion.Pipeline;
using BriefingBot.Ingestion.Polling;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace BriefingBot.Ingestion;

/// <summary>Registers the ingestion pipeline and its one typed HttpClient.</summary>
public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Http is not null && System.ComponentModel.DataAnnotations.Validator.TryValidateObject(o.Http, new(o.Http), null, true),
                "Ingestion:Http has an invalid value (Timeout 100 ms–10 min, MaxResponseBytes ≥ 1024, MaxRedirects 0–20, MaxRetries 1–10).")
            .Validate(o => o.Polling is not null && System.ComponentModel.DataAnnotations.Validator.TryValidateObject(o.Polling, new(o.Polling), null, true)
                    && o.Polling.MinimumInterval <= o.Polling.MaximumInterval,
                "Ingestion:Polling has an invalid value (intervals 1 min–1 day, MinimumInterval ≤ MaximumInterval, DisableAfterFailures 1–1000).")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ISummarizer, ExtractiveSummarizer>();
        services.AddSingleton<ArticleAnalyzer>();
        services.AddSingleton<IngestionStatus>();
        services.AddSingleton<SourceReader>();
        services.AddSingleton<IngestionService>();
        services.AddSingleton<IFeedProbe, FeedProbe>();
        services.AddSingleton<FeedPoller>();

        services.AddHttpClient<FeedHttpClient>((sp, client) => FeedHttpClient.Configure(client, Settings(sp)))
            .ConfigurePrimaryHttpMessageHandler(sp => FeedHttpClient.CreateHandler(Settings(sp)))
            .AddResilienceHandler("feeds", (pipeline, context) =>
            {
                var settings = Settings(context.ServiceProvider);

                // Network time limits run on the real clock, whatever clock the scheduler is given (tests drive
                // that one); and there is no client-wide circuit breaker: one dead feed must not silence the others,
                // each feed backs off on its own polling schedule.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline.AddTimeout(new HttpTimeoutStrategyOptions
                {
                    Name = "total",
                    Timeout = settings.Timeout * (settings.MaxRetries + 1) + TimeSpan.FromSeconds(settings.MaxRetries),
                });
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = settings.MaxRetries,
                    Delay = TimeSpan.FromMilliseconds(250),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,

                    // A refusal by the SSRF guard is final: retrying it would only ask again.
                    ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome)),
                });
                pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = settings.Timeout });
            });
        return services;
    }

    private static bool IsRetryable(Outcome<HttpResponseMessage> outcome) =>
        FeedHttpClient.FindRefusal(outcome.Exception) is null && HttpClientResiliencePredicates.IsTransient(outcome);

    private static HttpFetchOptions Settings(IServiceProvider sp) => sp.GetRequiredService<IOptions<IngestionOptions>>().Value.Http;
}
