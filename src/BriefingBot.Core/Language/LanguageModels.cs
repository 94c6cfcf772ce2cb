using System.Reflection;
using BriefingBot.Core.Language.Parsing;
using BriefingBot.Core.Language.Tagging;

namespace BriefingBot.Core.Language;

/// <summary>
/// The trained tagger and parser. The default models are embedded in this assembly (trained by
/// <c>briefingbot nlp train</c> from UD English EWT and GUM); they load once, on first use.
/// </summary>
public sealed class LanguageModels
{
    public const string TaggerResource = "BriefingBot.Core.Language.Models.tagger.bin";
    public const string ParserResource = "BriefingBot.Core.Language.Models.parser.bin";

    private static readonly Lazy<LanguageModels> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public LanguageModels(PosTagger tagger, DependencyParser parser)
    {
        Tagger = tagger;
        Parser = parser;
    }

    /// <summary>The models shipped with the bot.</summary>
    public static LanguageModels Default => Embedded.Value;

    public PosTagger Tagger { get; }

    public DependencyParser Parser { get; }

    /// <summary>Tags and parses one tokenized sentence.</summary>
    public SentenceAnalysis Analyze(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return new SentenceAnalysis([], [], [], [], []);
        }

        var (upos, xpos) = Tagger.Tag(words);
        var (heads, relations) = Parser.Parse(new ParseInput(words, upos, xpos));
        return new SentenceAnalysis(words.ToArray(), upos, xpos, heads[1..], relations[1..]);
    }

    /// <summary>Splits raw text into sentences and tokens, then analyzes each sentence.</summary>
    public IReadOnlyList<SentenceAnalysis> AnalyzeText(string text) =>
        SentenceSplitter.Split(text).Select(s => Analyze(UdTokenizer.Tokenize(s))).ToList();

    /// <summary>Reads both models from their files' streams.</summary>
    public static LanguageModels Load(Stream tagger, Stream parser) => new(PosTagger.Load(tagger), DependencyParser.Load(parser));

    /// <summary>Writes both models, each to its own stream.</summary>
    public void Save(Stream tagger, Stream parser)
    {
        Tagger.Save(tagger);
        Parser.Save(parser);
    }

    private static LanguageModels LoadEmbedded()
    {
        var assembly = typeof(LanguageModels).Assembly;
        using var tagger = Open(assembly, TaggerResource);
        using var parser = Open(assembly, ParserResource);
        return Load(tagger, parser);
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The model {name} is not embedded; run 'briefingbot nlp train'.");
}
