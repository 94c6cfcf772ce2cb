using System.Text.Json.Serialization;

namespace BriefingBot.Host.Cli.Nlp;

/// <summary>
/// Scores on the test splits with gold tokenization, as fractions. LAS counts the full relation
/// (with subtypes such as nmod:poss); <see cref="LasUniversal"/> counts only the universal part, as the
/// CoNLL 2018 shared task did. Entity and coreference scores are null until those models exist.
/// </summary>
internal sealed record NlpScores(
    [property: JsonPropertyName("upos")] double Upos,
    [property: JsonPropertyName("xpos")] double Xpos,
    [property: JsonPropertyName("uas")] double Uas,
    [property: JsonPropertyName("las")] double Las,
    [property: JsonPropertyName("lasUniversal")] double LasUniversal,
    [property: JsonPropertyName("entityF1")] double? EntityF1,
    [property: JsonPropertyName("corefMucF1")] double? CorefMucF1,
    [property: JsonPropertyName("tokens")] long Tokens,
    [property: JsonPropertyName("tokensPerSecond")] double TokensPerSecond);
