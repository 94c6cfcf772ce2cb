using System.CommandLine;
using System.Diagnostics;
using BriefingBot.Core.Answering;
using BriefingBot.Ingestion.Pipeline;
using Spectre.Console;

namespace BriefingBot.Host.Cli;

/// <summary><c>ingest PATH|URL...</c>: ingest once with a progress display, then a summary line.</summary>
internal static class IngestVerb
{
    private const int IssuesShown = 20;

    public static Command Create(Option<string?> dataDir, CliIo io)
    {
        var locations = new Argument<string[]>("sources") { Description = "Files, folders or http(s) URLs (feeds, pages, .txt, .md, .html, .jsonl)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Ingest articles once and exit.");
        command.Arguments.Add(locations);
        command.SetAction((result, ct) => VerbHost.RunAsync(result, dataDir, services => ExecuteAsync(services, result.GetValue(locations)!, io, ct), ct));
        return command;
    }

    private static async Task<int> ExecuteAsync(IServiceProvider services, string[] locations, CliIo io, CancellationToken cancellationToken)
    {
        var ingestion = services.GetRequiredService<IngestionService>();
        IngestionReport report;
        if (!Console.IsOutputRedirected && ReferenceEquals(io.Output, Console.Out))
        {
            report = await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var tasks = new Dictionary<string, ProgressTask>();
                    var progress = new SynchronousProgress(p =>
                    {
                        if (!tasks.TryGetValue(p.Location, out var task))
                        {
                            task = context.AddTask(Markup.Escape(Shorten(p.Location)), maxValue: Math.Max(1, p.Total ?? 1));
                            task.IsIndeterminate = p.Total is null;
                            tasks[p.Location] = task;
                        }

                        if (p.Total is { } total)
                        {
                            task.MaxValue = Math.Max(1, total);
                            task.IsIndeterminate = false;
                        }

                        task.Value = p.Processed;
                    });
                    return await ingestion.IngestAsync(locations, progress, cancellationToken);
                });
        }
        else
        {
            report = await ingestion.IngestAsync(locations, null, cancellationToken);
        }

        foreach (var issue in report.Issues.Take(IssuesShown))
        {
            await io.Error.WriteLineAsync("warning: " + issue);
        }

        if (report.Issues.Count > IssuesShown)
        {
            await io.Error.WriteLineAsync($"warning: … and {report.Issues.Count - IssuesShown} more problems");
        }

        var stored = report.Added + report.Linked + report.Duplicates;
        var rate = report.Elapsed.TotalSeconds > 0 ? stored / report.Elapsed.TotalSeconds : 0;
        await io.Output.WriteLineAsync($"Ingested in {report.Elapsed.TotalSeconds:0.0} s ({rate:0} articles/s): {report}.");
        if (report.Failed > 0 && stored == 0)
        {
            await io.Error.WriteLineAsync("error: nothing could be ingested.");
            return BriefingBotCli.Failure;
        }

        // Then the stance relations of what was stored (and of anything stored before that was not read yet).
        var watch = Stopwatch.StartNew();
        var reading = await services.GetRequiredService<RelationReader>().ReadPendingAsync(cancellationToken);
        if (reading.Articles > 0)
        {
            await io.Output.WriteLineAsync($"Read {reading.Articles} articles for who backs or opposes whom in {watch.Elapsed.TotalSeconds:0.0} s: {reading.Relations} relations.");
        }

        if (reading.Failed > 0)
        {
            await io.Error.WriteLineAsync($"warning: {reading.Failed} articles could not be read for relations; their sentences are still read when asked.");
        }

        return BriefingBotCli.Success;
    }

    private static string Shorten(string location) => location.Length <= 48 ? location : "…" + location[^47..];

    // Progress<T> posts to the thread pool; the display wants updates in order, on the caller's thread.
    private sealed class SynchronousProgress(Action<IngestionProgress> report) : IProgress<IngestionProgress>
    {
        public void Report(IngestionProgress value) => report(value);
    }
}
