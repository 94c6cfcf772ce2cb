using BriefingBot.Core.Stories;
using BriefingBot.Ingestion.Pipeline;

namespace BriefingBot.Host.Hosting;

/// <summary><c>GET /healthz</c>: 200 with store counts and the last ingestion run, 503 when the store cannot be read.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (IStoryStore store, IngestionStatus ingestion, CancellationToken cancellationToken) =>
        {
            var run = ingestion.Current;
            var ingestionReport = new { lastRunAt = run.LastRunAt, lastReport = run.LastReport, lastError = run.LastError };
            try
            {
                var stats = await store.GetStatisticsAsync(cancellationToken);
                return Results.Json(new
                {
                    status = "healthy",
                    store = new { articles = stats.Articles, stories = stats.Stories, sentences = stats.Sentences, lastIngestedAt = stats.LastIngestedAt },
                    ingestion = ingestionReport,
                });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Json(new { status = "unhealthy", store = new { error = ex.Message }, ingestion = ingestionReport }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
