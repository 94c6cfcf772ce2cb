namespace BriefingBot.Core.Summarization;

/// <summary>Chooses the sentences that tell an article's story.</summary>
public interface ISummarizer
{
    /// <summary>Up to <paramref name="count"/> sentences of <paramref name="sentences"/>, in document order.</summary>
    IReadOnlyList<string> Summarize(IReadOnlyList<string> sentences, string? title, int count);
}
