namespace BriefingBot.Core.Stories;

/// <summary>One party's stance on a target, as one sentence of an article states it ("Russia and China back Maduro").</summary>
/// <param name="Position">The sentence's position in the article, 0-based.</param>
/// <param name="Party">Who takes the stance, as the sentence names it.</param>
/// <param name="Supports">True for support (backs, endorses, recognizes…), false for opposition (condemns, calls on to resign…).</param>
/// <param name="Target">Whom or what the stance is on, as the sentence names it.</param>
public sealed record StanceRelation(int Position, string Party, bool Supports, string Target);
