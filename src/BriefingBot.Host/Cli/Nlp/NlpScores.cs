using System.Text.Json.Serialization;

namespace BriefingBot.Host.Cli.Nlp;

/// <summary>
/// Scores on the test splits with gold tokenization, as fractions. LAS counts the full relation
/// (with subtypes such as nmod:poss); <see cref="LasUniversal"/> counts only the universal part, as the
/// CoNLL 2018 shared task did. Entity scores are exact-span, typed, on GUM test; null without a recognizer. Coreference is MUC on GUM test with the corpus' own mentions and types (the linking is what is measured); null without GUM test documents.
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
    [property: JsonPropertyName("tokensPerSecond")] double TokensPerSecond)
{
    [JsonPropertyName("entityPrecision")]
    public double? EntityPrecision { get; init; }

    [JsonPropertyName("entityRecall")]
    public double? EntityRecall { get; init; }

    [JsonPropertyName("entityMentions")]
    public int? EntityMentions { get; init; }

    [JsonPropertyName("corefMucPrecision")]
    public double? CorefMucPrecision { get; init; }

    [JsonPropertyName("corefMucRecall")]
    public double? CorefMucRecall { get; init; }
}
