namespace BriefingBot.Core.Stories;

/// <summary>A search word no stored article holds, and the stored word (a stem, as the index keeps it) it is read as.</summary>
public sealed record SpellingCorrection(string Term, string Correction);
