using System.Text.Json;
using BriefingBot.Host.Cli;

namespace BriefingBot.Host.Tests.Cli;

public sealed class NlpVerbTests : IDisposable
{
    private const string Sentence = """
        # text = Canada backs Guaido.
        1	Canada	Canada	PROPN	NNP	_	2	nsubj	2:nsubj	_
        2	backs	back	VERB	VBZ	_	0	root	0:root	_
        3	Guaido	Guaido	PROPN	NNP	_	2	obj	2:obj	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	2:punct	_

        """;

    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private string TinyCorpus(bool withGum = false)
    {
        var root = Path.Combine(cli.DataDir, "corpus");
        Directory.CreateDirectory(Path.Combine(root, "ud-english-ewt"));
        File.WriteAllText(Path.Combine(root, "ud-english-ewt", "en_ewt-ud-train.conllu"), Sentence);
        File.WriteAllText(Path.Combine(root, "ud-english-ewt", "en_ewt-ud-test.conllu"), Sentence);
        if (withGum)
        {
            // One GUM-style test document whose two names are annotated in GUM's brackets.
            Directory.CreateDirectory(Path.Combine(root, "gum"));
            File.WriteAllText(Path.Combine(root, "gum", "splits.md"), "## test\n\n  * GUM_news_tiny\n");
            File.WriteAllText(Path.Combine(root, "gum", "GUM_news_tiny.conllu"), Sentence
                .Replace("2:nsubj\t_", "2:nsubj\tEntity=(1-place-new-cf1-sgl)", StringComparison.Ordinal)
                .Replace("2:obj\tSpaceAfter=No", "2:obj\tEntity=(2-person-new-cf2-sgl)|SpaceAfter=No", StringComparison.Ordinal));
        }

        return root;
    }

    [Fact]
    public async Task Eval_Json_PrintsFractionsForEveryMeasure()
    {
        var (code, output, _) = await cli.RunAsync("nlp", "eval", "--corpus", TinyCorpus(), "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        foreach (var measure in (string[])["upos", "uas", "las"])
        {
            Assert.InRange(json.GetProperty(measure).GetDouble(), 0.5, 1.0);
        }

        Assert.Equal(JsonValueKind.Null, json.GetProperty("entityF1").ValueKind); // no GUM test documents to score names on
        Assert.Equal(JsonValueKind.Null, json.GetProperty("corefMucF1").ValueKind);
    }

    [Fact]
    public async Task Eval_Json_ScoresNamesOnGumTestDocuments()
    {
        var (code, output, _) = await cli.RunAsync("nlp", "eval", "--corpus", TinyCorpus(withGum: true), "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, json.GetProperty("entityMentions").GetInt32());
        var (precision, recall, f1) = (json.GetProperty("entityPrecision").GetDouble(), json.GetProperty("entityRecall").GetDouble(), json.GetProperty("entityF1").GetDouble());
        Assert.InRange(recall, 0.5, 1.0); // "Canada" is found as a place at least
        Assert.InRange(precision, 0.0, 1.0);
        Assert.Equal(Math.Round(2 * precision * recall / (precision + recall), 2), Math.Round(f1, 2));
    }

    [Fact]
    public async Task Annotate_KeepsGoldTokensAndWritesPredictions()
    {
        var input = cli.File("in.conllu", Sentence.Replace("PROPN\tNNP", "_\t_", StringComparison.Ordinal));
        var output = Path.Combine(cli.DataDir, "out.conllu");

        var (code, _, _) = await cli.RunAsync("nlp", "annotate", "--input", input, "--output", output);

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(output).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["Canada", "backs", "Guaido", "."], lines.Select(c => c[1]));
        Assert.Equal("PROPN", lines[0][3]);
        Assert.Equal("2", lines[0][6]);
        Assert.Equal("nsubj", lines[0][7]);
        Assert.Equal("Entity=(1-place)", lines[0][9]); // GUM's bracket notation for a one-word name
    }

    [Theory]
    [InlineData(false, "place")] // one document: "flew to Tembridge" settles what "Tembridge voted" is about
    [InlineData(true, "person")] // a second document decides on its own, as a lone "Tembridge voted" reads
    public async Task Annotate_DecidesARepeatedNameOncePerDocument(bool newDocument, string expected)
    {
        static string Words(params string[] forms) =>
            string.Concat(forms.Select((f, i) => $"{i + 1}\t{f}\t_\t_\t_\t_\t0\t_\t_\t_\n")) + "\n";
        var text = "# newdoc id = one\n" + Words("They", "flew", "to", "Tembridge", "on", "Monday", ".")
            + (newDocument ? "# newdoc id = two\n" : string.Empty) + Words("Tembridge", "voted", ".");
        var input = cli.File("docs.conllu", text);
        var output = Path.Combine(cli.DataDir, "docs-out.conllu");

        var (code, _, _) = await cli.RunAsync("nlp", "annotate", "--input", input, "--output", output);

        Assert.Equal(0, code);
        var rows = File.ReadAllLines(output).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.Equal(10, rows.Count);
        Assert.Equal("Entity=(1-place)", rows[3][9]);
        Assert.Equal($"Entity=(1-{expected})", rows[7][9]);
    }

    [Fact]
    public async Task Parse_Json_ShowsTokensTagsAndHeads()
    {
        var (code, output, _) = await cli.RunAsync("nlp", "parse", "Canada backs Guaido.", "--json");

        Assert.Equal(0, code);
        var tokens = JsonDocument.Parse(output).RootElement.GetProperty("tokens").EnumerateArray().ToList();
        Assert.Equal("backs", tokens[0].GetProperty("head").GetInt32() is var h ? tokens[h - 1].GetProperty("form").GetString() : null);
        Assert.Equal("obj", tokens[2].GetProperty("deprel").GetString());
    }

    [Fact]
    public async Task Parse_ShowsWhoAPronounStandsFor()
    {
        const string Text = "Councillor Daniel Ortiz spoke first. He called the budget a mistake.";

        var (code, output, _) = await cli.RunAsync("nlp", "parse", Text, "--json");
        var (_, plain, _) = await cli.RunAsync("nlp", "parse", Text);

        Assert.Equal(0, code);
        var sentences = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Empty(sentences[0].GetProperty("mentions").EnumerateArray());
        var mention = Assert.Single(sentences[1].GetProperty("mentions").EnumerateArray());
        Assert.Equal("He", mention.GetProperty("form").GetString());
        Assert.Equal("Councillor Daniel Ortiz", mention.GetProperty("refersTo").GetString());
        Assert.Contains("He (word 1) → Councillor Daniel Ortiz", plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nlp", "eval", "--corpus", "/nonexistent/corpus")]
    [InlineData("nlp", "eval")]
    [InlineData("nlp", "annotate", "--input", "/nonexistent.conllu", "--output", "/tmp/x.conllu")]
    [InlineData("nlp", "parse", "x", "--models", "/nonexistent/models")]
    [InlineData("nlp", "frob")]
    public async Task Nlp_BadUsage_ExitsWithTwo(params string[] args) =>
        Assert.Equal(BriefingBotCli.Usage, (await cli.RunAsync(args)).Code);

    [Fact]
    public async Task Annotate_NotConllu_FailsWithTheLine()
    {
        var input = cli.File("bad.conllu", "1\tonly\tthree\n");

        var (code, _, err) = await cli.RunAsync("nlp", "annotate", "--input", input, "--output", Path.Combine(cli.DataDir, "o.conllu"));

        Assert.Equal(BriefingBotCli.Failure, code);
        Assert.Contains("line 1", err, StringComparison.Ordinal);
    }
}
