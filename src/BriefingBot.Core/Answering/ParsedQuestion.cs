namespace BriefingBot.Core.Answering;

/// <summary>A question read for retrieval: its kind, the stance target if any, and the search terms.</summary>
public sealed record ParsedQuestion(string Text, QuestionKind Kind, string? Target, IReadOnlyList<string> Terms);
