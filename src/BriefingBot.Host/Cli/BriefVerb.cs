using System.CommandLine;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Host.Rendering;

namespace BriefingBot.Host.Cli;

/// <summary><c>brief [--topic T] [--since TIME] [--json]</c>: compose a briefing now and print it.</summary>
internal static class BriefVerb
{
    public static Command Create(Option<string?> dataDir, CliIo io)
    {
        var topic = new Option<string?>("--topic") { Description = "Only stories about this topic" };
        var since = new Option<string?>("--since") { Description = "Stories first seen since this time or age (default 24h)" };
        var max = new Option<int>("--max") { Description = "At most this many stories", DefaultValueFactory = _ => BriefingRequest.DefaultMaxItems };
        var json = new Option<bool>("--json") { Description = "Print the briefing as one JSON object" };
        var command = new Command("brief", "Compose a briefing now and print it.");
        command.Options.Add(topic);
        command.Options.Add(since);
        command.Options.Add(max);
        command.Options.Add(json);
        command.SetAction((result, ct) =>
        {
            if (result.GetValue(max) is < 1 or > 100)
            {
                throw new UsageException("brief: --max must be between 1 and 100.");
            }

            var sinceText = result.GetValue(since);
            return VerbHost.RunAsync(result, dataDir, async services =>
            {
                var time = services.GetRequiredService<TimeProvider>();
                var from = sinceText is null ? time.GetUtcNow().AddDays(-1) : CliTime.ParseSince(sinceText, time.GetUtcNow());
                var briefing = await services.GetRequiredService<BriefingComposer>()
                    .ComposeAsync(new BriefingRequest(from, result.GetValue(topic), result.GetValue(max)), ct);
                await io.Output.WriteLineAsync(result.GetValue(json) ? CliJson.Serialize(ToJson(briefing)) : ConsoleReplyRenderer.Render(Replies.FromBriefing(briefing, "No new stories in that window.")));
                return BriefingBotCli.Success;
            }, ct);
        });
        return command;
    }

    private static object ToJson(Briefing briefing) => new
    {
        since = briefing.Since,
        composedAt = briefing.ComposedAt,
        topic = briefing.Topic,
        items = briefing.Items.Select(s => new
        {
            storyId = s.StoryId,
            title = s.Title,
            summary = s.Summary,
            outlets = s.Outlets,
            articleIds = s.Articles.Select(a => a.ArticleId),
            url = s.Articles.Count > 0 ? s.Articles[0].Url : null,
            firstSeen = s.FirstSeen,
            lastSeen = s.LastSeen,
        }),
    };
}
