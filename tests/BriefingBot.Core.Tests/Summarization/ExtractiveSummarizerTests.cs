using BriefingBot.Core.Summarization;

namespace BriefingBot.Core.Tests.Summarization;

public sealed class ExtractiveSummarizerTests
{
    private readonly ExtractiveSummarizer summarizer = new();

    [Fact]
    public void Summarize_RepeatedSentence_IsChosenOnce()
    {
        string[] sentences =
        [
            "The central bank kept its main interest rate at 3.25% on Tuesday.",
            "The central bank kept its main interest rate at 3.25% on Tuesday, officials said.",
            "Governor Amara Okafor said inflation was moving toward the target.",
            "Two of the nine board members voted for a cut.",
        ];

        var summary = summarizer.Summarize(sentences, "Central bank holds rates", 3);

        Assert.Equal(3, summary.Count);
        Assert.Equal(1, summary.Count(s => s.StartsWith("The central bank kept", StringComparison.Ordinal)));
    }

    [Fact]
    public void Summarize_BylineAndShortFragments_AreHeldBack()
    {
        string[] sentences =
        [
            "By Jane Doe.",
            "PUBLISHED: 10:00 GMT, 1 March 2013.",
            "Storm Imara forced the closure of four commercial ports along the southern coast on Wednesday.",
            "The weather office said the storm would weaken by Thursday evening but warned of flooding.",
            "Port operators said container traffic would resume once inspections were complete.",
        ];

        var summary = summarizer.Summarize(sentences, "Storm closes ports", 3);

        Assert.DoesNotContain(summary, s => s.StartsWith("By ", StringComparison.Ordinal) || s.Contains("PUBLISHED", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_FewerSentencesThanAsked_ReturnsThemAll()
    {
        Assert.Equal(["Only one sentence here about the harbour."], summarizer.Summarize(["Only one sentence here about the harbour."], null, 3));
        Assert.Empty(summarizer.Summarize([], null, 3));
        Assert.Empty(summarizer.Summarize(["Something."], null, 0));
    }

    [Fact]
    public void Summarize_WeightsThatTrustTheLeadAlone_GiveTheFirstSentences()
    {
        string[] sentences =
        [
            "The port authority approved a new ferry terminal on Tuesday after two years of debate.",
            "Construction is expected to start in the spring and last eighteen months.",
            "Critics said the terminal would bring more traffic to the old harbor district.",
            "The authority said traffic studies showed little change, and that the terminal would carry more ferries.",
            "The old harbor district has been a ferry stop since 1902, and the terminal keeps it one.",
        ];
        var leadOnly = new ExtractiveSummarizer.Weights(Position: 1, Centrality: 0, Title: 0, Redundancy: 1, PositionDecay: 3, LengthBonus: 0);

        var summary = new ExtractiveSummarizer(leadOnly).Summarize(sentences, null, 2);

        Assert.Equal(sentences.Take(2), summary);
    }
}
