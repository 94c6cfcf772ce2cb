namespace BriefingBot.Core.Answering;

/// <summary>What sort of answer a question wants.</summary>
public enum QuestionKind
{
    /// <summary>"Who backs X": the supporters of a target.</summary>
    Supporters,

    /// <summary>"Who opposes X": the opponents of a target.</summary>
    Opponents,

    /// <summary>"Who …": a person, group or organization.</summary>
    Who,

    /// <summary>Anything else: the best supporting sentences.</summary>
    Open,
}
