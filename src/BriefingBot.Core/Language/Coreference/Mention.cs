namespace BriefingBot.Core.Language.Coreference;

/// <summary>
/// A mention in a document: its sentence, its words (0-based, end exclusive), its head word with the head's tag, the
/// first word of the phrase, its entity type when known ("person", "place", …), whether its head is plural, and whether
/// it is the subject of its sentence's main clause.
/// </summary>
public sealed record Mention(int Sentence, int Start, int End, string HeadWord, string HeadUpos, string FirstWord, string? Type, bool Plural = false, bool Subject = false);
