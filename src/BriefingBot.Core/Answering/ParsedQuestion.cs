namespace BriefingBot.Core.Answering;

/// <summary>A question read for retrieval: its kind, the stance target if any, and the search terms.</summary>
public sealed record ParsedQuestion(string Text, QuestionKind Kind, string? Target, IReadOnlyList<string> Terms)
{
    /// <summary>For "who is X" (X a name of one to four words): the words of X; the answer is what X is.</summary>
    public IReadOnlyList<string>? Subject { get; init; }

    /// <summary>"which countries (nations, governments) back X": only countries answer.</summary>
    public bool AsksForCountries { get; init; }

    /// <summary>
    /// The words of what a stance question adds after its target ("who accused Obama of treating Medicare like a piggy
    /// bank": treating, medicare, piggy, bank): the parties whose evidence says it come first.
    /// </summary>
    public IReadOnlyList<string> Reason { get; init; } = [];
}
