using System.Text;
using BriefingBot.Ingestion.Extraction;

namespace BriefingBot.Ingestion.Tests.Extraction;

public sealed class JsonlArticleReaderTests
{
    [Fact]
    public async Task ReadAsync_BadLines_AreReportedWithLineNumbersAndTheRestIsRead()
    {
        const string content = """
            {"id":"a1","title":"First","text":"The first article.","published":"2026-11-26T09:00:00Z","source":"Desk"}
            this is not json
            {"id":"a3","title":"No text"}

            {"id":"a5","text":"Fifth.","published":"yesterday-ish"}
            {"text":"Sixth has only text."}
            """;
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));

        var items = new List<BriefingBot.Ingestion.Pipeline.SourceItem>();
        await foreach (var item in JsonlArticleReader.ReadAsync(stream, "desk.jsonl", CancellationToken.None))
        {
            items.Add(item);
        }

        Assert.Equal(["a1", null], items.Where(i => i.Draft is not null).Select(i => i.Draft!.ExternalId));
        Assert.Equal("Desk", items[0].Draft!.Source);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero), items[0].Draft!.Published);
        var issues = items.Where(i => i.Issue is not null).Select(i => i.Issue!).ToList();
        Assert.Equal([2, 3, 5], issues.Select(i => i.Line));
        Assert.Contains("not valid JSON", issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("no \"text\"", issues[1].Message, StringComparison.Ordinal);
        Assert.Contains("not a date", issues[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("desk.jsonl:2: line 2 is not valid JSON", issues[0].ToString(), StringComparison.Ordinal);
    }
}
