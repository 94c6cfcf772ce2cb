using BenchmarkDotNet.Attributes;
using BriefingBot.Core.Language;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Summarization;

namespace BriefingBot.Benchmarks;

/// <summary>Per-article costs of the analysis stages, on an article of typical news length.</summary>
[MemoryDiagnoser]
public class TextAnalysisBenchmarks
{
    private readonly ArticleAnalyzer analyzer = new(new ExtractiveSummarizer());
    private string text = string.Empty;
    private IReadOnlyList<string> sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        var paragraph = "The regional water utility approved a plan on Thursday to replace every remaining lead service pipe by 2031. " +
            "The program will cost about $310 million, and Col. Ana Ruiz of the U.S. Army Corps said the work would start on Jan. 5. " +
            "\"We have waited long enough,\" said councillor Dev Patel. Health officials welcomed the decision. ";
        text = string.Concat(Enumerable.Repeat(paragraph, 8));
        sentences = SentenceSplitter.Split(text);
    }

    [Benchmark]
    public int SplitSentences() => SentenceSplitter.Split(text).Count;

    [Benchmark]
    public int Summarize() => new ExtractiveSummarizer().Summarize(sentences, "Lead pipes to go", 3).Count;

    [Benchmark]
    public ulong SimHash() => TextFingerprint.SimHash(text);

    [Benchmark]
    public int AnalyzeArticle() => analyzer.Analyze(new ArticleDraft { Text = text, Title = "Lead pipes to go" }).Sentences.Count;
}
