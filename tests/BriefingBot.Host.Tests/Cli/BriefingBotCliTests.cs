using System.Text.Json;
using BriefingBot.Host.Cli;

namespace BriefingBot.Host.Tests.Cli;

public sealed class BriefingBotCliTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ask")]
    [InlineData("ask", "--input", "q.jsonl")]
    [InlineData("ingest")]
    [InlineData("summarize", "--input", "x.jsonl")]
    [InlineData("brief", "--since", "last tuesday")]
    [InlineData("brief", "--max", "0")]
    [InlineData("stories", "--bogus")]
    public async Task RunAsync_BadUsage_ExitsWithTwoAndAMessage(params string[] args)
    {
        var (code, _, err) = await cli.RunAsync(args);

        Assert.Equal(BriefingBotCli.Usage, code);
        Assert.False(string.IsNullOrWhiteSpace(err));
    }

    [Fact]
    public async Task RunAsync_AskWithQuestionAndInput_ExitsWithTwo()
    {
        var input = cli.File("q.jsonl", "{\"id\":1,\"question\":\"who backs Guaido\"}");

        var (code, _, err) = await cli.RunAsync("ask", "who backs Guaido", "--input", input, "--output", Path.Combine(cli.DataDir, "a.jsonl"));

        Assert.Equal(BriefingBotCli.Usage, code);
        Assert.Contains("not both", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestThenAskJson_Samples_PrintsTheDesignShapeWithCitations()
    {
        var ingest = await cli.RunAsync("ingest", CliRun.Samples);
        var (code, output, _) = await cli.RunAsync("ask", "who backs Guaido", "--json");

        Assert.Equal(0, ingest.Code);
        Assert.Contains("0 failed", ingest.Out, StringComparison.Ordinal);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("who backs Guaido", root.GetProperty("question").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("answer").GetString()));
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        var names = entities.Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("the United States", names);
        Assert.Contains("Canada", names);
        Assert.DoesNotContain("Russia", names);
        Assert.DoesNotContain("China", names);
        Assert.All(entities, e => Assert.Equal("supporter", e.GetProperty("role").GetString()));
        var evidence = entities[0].GetProperty("evidence")[0];
        Assert.False(string.IsNullOrEmpty(evidence.GetProperty("articleId").GetString()));
        Assert.Contains("Guaido", evidence.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        var citation = root.GetProperty("citations")[0];
        foreach (var field in (string[])["articleId", "title", "url", "source", "published", "sentence"])
        {
            Assert.True(citation.TryGetProperty(field, out _), field);
        }

        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0.01, 1);
    }

    [Fact]
    public async Task Ingest_ThenReadsWhatItStoredForStanceRelations_Once()
    {
        var (code, output, _) = await cli.RunAsync("ingest", CliRun.Samples);
        var (againCode, again, _) = await cli.RunAsync("ingest", CliRun.Samples);

        Assert.Equal(0, code);
        Assert.Matches(@"Read \d+ articles for who backs or opposes whom in [\d.]+ s: [1-9]\d* relations\.", output);
        Assert.Equal(0, againCode);
        Assert.DoesNotContain("who backs or opposes whom", again, StringComparison.Ordinal); // nothing new stored, nothing to read
    }

    [Fact]
    public async Task Ask_MisspelledStanceTarget_IsReadAsTheStoredNameAndSaysSo()
    {
        await cli.RunAsync("ingest", CliRun.Samples);

        var (code, output, _) = await cli.RunAsync("ask", "who backs Guiado", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.StartsWith("I read \"Guiado\" as \"Guaido\".", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var names = root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("the United States", names);
        Assert.DoesNotContain("Russia", names);
        Assert.NotEmpty(root.GetProperty("citations").EnumerateArray());
    }

    [Fact]
    public async Task Ask_UnsupportedQuestion_SaysSoWithEmptyEntities()
    {
        await cli.RunAsync("ingest", CliRun.Samples);

        var (code, output, _) = await cli.RunAsync("ask", "who backs Zorblax Quintavian", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Empty(json.RootElement.GetProperty("entities").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("citations").EnumerateArray());
        Assert.Equal(0, json.RootElement.GetProperty("confidence").GetDouble());
    }

    [Fact]
    public async Task Ingest_JsonlWithABadLine_ReportsTheLineAndStoresTheRest()
    {
        var file = cli.File("records.jsonl", "{\"id\":\"r1\",\"text\":\"The ferry service resumed on Monday after repairs.\"}\n{oops\n{\"id\":\"r3\",\"text\":\"The library extended its opening hours on weekends.\"}\n");

        var (code, output, err) = await cli.RunAsync("ingest", file);
        var again = await cli.RunAsync("ingest", file);

        Assert.Equal(0, code);
        Assert.Contains("2 added", output, StringComparison.Ordinal);
        Assert.Contains("1 failed", output, StringComparison.Ordinal);
        Assert.Contains("records.jsonl:2:", err, StringComparison.Ordinal);
        Assert.Contains("0 added", again.Out, StringComparison.Ordinal);
        Assert.Contains("2 duplicates", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_GoodAndBadSourcesTogether_StoresTheGoodAndReportsEachBadOne()
    {
        await cli.RunAsync("ingest", CliRun.Samples);
        var before = await cli.RunAsync("stories", "--json");
        var empty = cli.File("empty.md", string.Empty);
        var truncated = cli.File("cut.xml", "<rss version=\"2.0\"><channel><title>Cut</title><item><title>Half");

        var (code, output, err) = await cli.RunAsync("ingest", empty, "http://127.0.0.1:9/feed", "http://169.254.169.254/latest/meta-data/", truncated, CliRun.Samples);
        var after = await cli.RunAsync("stories", "--json");

        Assert.Equal(0, code);
        Assert.Contains("4 failed", output, StringComparison.Ordinal);
        Assert.Contains("11 duplicates", output, StringComparison.Ordinal);
        Assert.Contains("empty (0 bytes)", err, StringComparison.Ordinal);
        Assert.Contains("a loopback address", err, StringComparison.Ordinal);
        Assert.Contains("link-local", err, StringComparison.Ordinal);
        Assert.Contains("cut.xml is not", err, StringComparison.Ordinal);
        Assert.Equal(before.Out, after.Out);
    }

    [Fact]
    public async Task Ingest_NothingReadable_ExitsWithOne()
    {
        var empty = cli.File("empty.txt", string.Empty);

        var (code, _, err) = await cli.RunAsync("ingest", empty);

        Assert.Equal(BriefingBotCli.Failure, code);
        Assert.Contains("empty (0 bytes)", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskBatch_WritesOneAnswerPerLineWithTheSameIds()
    {
        await cli.RunAsync("ingest", CliRun.Samples);
        var input = cli.File("q.jsonl", "{\"id\":\"q1\",\"question\":\"who backs Maduro\"}\nnot json\n{\"id\":7,\"question\":\"what happened with Storm Imara\"}\n");
        var output = Path.Combine(cli.DataDir, "a.jsonl");

        var (code, stdout, err) = await cli.RunAsync("ask", "--input", input, "--output", output);

        Assert.Equal(0, code);
        Assert.Contains("Answered 2 questions (1 bad records)", stdout, StringComparison.Ordinal);
        Assert.Contains("q.jsonl:2", err, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("q1", lines[0].GetProperty("id").GetString());
        var backers = lines[0].GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("Russia", backers);
        Assert.Contains("senior military commanders", backers);
        Assert.DoesNotContain("Canada", backers);
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(7, lines[2].GetProperty("id").GetInt32());
        Assert.Contains("Imara", lines[2].GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_WritesSummariesForEachRecord()
    {
        var input = cli.File("articles.jsonl",
            "{\"id\":\"s1\",\"title\":\"Ports close\",\"text\":\"Storm Imara closed four ports on Wednesday. Gusts passed 120 km/h along the coast. The weather office expects the storm to weaken on Thursday. Power failed in 30,000 homes. Crews worked overnight.\"}\n{\"id\":\"s2\"}\n");
        var output = Path.Combine(cli.DataDir, "summaries.jsonl");

        var (code, _, err) = await cli.RunAsync("summarize", "--input", input, "--output", output);

        Assert.Equal(0, code);
        Assert.Contains("articles.jsonl:2", err, StringComparison.Ordinal);
        var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(output))).RootElement;
        Assert.Equal("s1", line.GetProperty("id").GetString());
        Assert.Equal(3, line.GetProperty("summary").GetArrayLength());
    }

    [Fact]
    public async Task StoriesAndBrief_Json_ListStoriesWithArticleIdsAndOutlets()
    {
        await cli.RunAsync("ingest", CliRun.Samples);

        var stories = await cli.RunAsync("stories", "--json");
        var brief = await cli.RunAsync("brief", "--json", "--topic", "Venezuela");

        Assert.Equal(0, stories.Code);
        var rows = stories.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(rows, r => r.GetProperty("articleIds").EnumerateArray().Any(id => id.GetString() == "desk-001"));
        var venezuela = Assert.Single(rows, r => r.GetProperty("title").GetString()!.Contains("Maduro", StringComparison.Ordinal) || r.GetProperty("title").GetString()!.Contains("Moscow", StringComparison.Ordinal));
        Assert.Equal(["Harbor Gazette", "Coastline Courier"], venezuela.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(0, brief.Code);
        var item = JsonDocument.Parse(brief.Out).RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(2, item.GetProperty("articleIds").GetArrayLength());
    }
}
