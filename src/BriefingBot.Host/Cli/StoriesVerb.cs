using System.CommandLine;
using BriefingBot.Core.Stories;

namespace BriefingBot.Host.Cli;

/// <summary><c>stories [--json]</c>: every story in the store, newest first.</summary>
internal static class StoriesVerb
{
    public static Command Create(Option<string?> dataDir, CliIo io)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per line: {\"id\",\"title\",\"articleIds\",\"outlets\",...}" };
        var command = new Command("stories", "List every story (event) in the store, newest first.");
        command.Options.Add(json);
        command.SetAction((result, ct) => VerbHost.RunAsync(result, dataDir, async services =>
        {
            var stories = await services.GetRequiredService<IStoryStore>().GetStoriesAsync(null, int.MaxValue, ct);
            foreach (var story in stories)
            {
                var ids = story.Articles.Select(a => a.ArticleId).ToList();
                await io.Output.WriteLineAsync(result.GetValue(json)
                    ? CliJson.Serialize(new { id = story.StoryId.ToString(System.Globalization.CultureInfo.InvariantCulture), title = story.Title, articleIds = ids, outlets = story.Outlets, firstSeen = story.FirstSeen, lastSeen = story.LastSeen })
                    : $"{story.StoryId,6}  {story.FirstSeen:yyyy-MM-dd HH:mm}  {story.Title}  [{string.Join(", ", story.Outlets)}] ({ids.Count} article{(ids.Count == 1 ? string.Empty : "s")})");
            }

            return BriefingBotCli.Success;
        }, ct));
        return command;
    }
}
