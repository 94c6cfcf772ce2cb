using System.Reflection;
using BriefingBot.Core.Language.Entities;
using BriefingBot.Core.Language.Parsing;
using BriefingBot.Core.Language.Tagging;

namespace BriefingBot.Core.Language;

/// <summary>
/// The trained tagger, parser and entity recognizer. The default models are embedded in this assembly (trained by
/// <c>briefingbot nlp train</c> from UD English EWT and GUM); they load once, on first use.
/// </summary>
public sealed class LanguageModels
{
    public const string TaggerResource = "BriefingBot.Core.Language.Models.tagger.bin";
    public const string ParserResource = "BriefingBot.Core.Language.Models.parser.bin";
    public const string EntitiesResource = "BriefingBot.Core.Language.Models.entities.bin";

    private static readonly Lazy<LanguageModels> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public LanguageModels(PosTagger tagger, DependencyParser parser, EntityRecognizer? entities = null)
    {
        Tagger = tagger;
        Parser = parser;
        Entities = entities;
    }

    /// <summary>The models shipped with the bot.</summary>
    public static LanguageModels Default => Embedded.Value;

    public PosTagger Tagger { get; }

    public DependencyParser Parser { get; }

    /// <summary>The entity recognizer, when one was trained (null leaves <see cref="SentenceAnalysis.Entities"/> empty).</summary>
    public EntityRecognizer? Entities { get; }

    /// <summary>
    /// Tags and parses one tokenized sentence, and finds its names; <paramref name="names"/>, the words its document
    /// writes only as names (<see cref="DocumentNames"/>), decide a first word the tagger cannot.
    /// </summary>
    public SentenceAnalysis Analyze(IReadOnlyList<string> words, IReadOnlySet<string>? names = null)
    {
        var analysis = AnalyzeSyntax(words, names);
        return Entities is null || analysis.Words.Length == 0 ? analysis : analysis with { Entities = Entities.Recognize(analysis) };
    }

    /// <summary>Tags and parses one tokenized sentence (no names: for callers that need only the tree).</summary>
    public SentenceAnalysis AnalyzeSyntax(IReadOnlyList<string> words, IReadOnlySet<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return new SentenceAnalysis([], [], [], [], []);
        }

        var (upos, xpos) = Tagger.Tag(words);
        TagRepairs.Repair(words, upos, xpos, names);
        var (heads, relations) = Parser.Parse(new ParseInput(words, upos, xpos));
        var (wordHeads, wordRelations) = (heads[1..], relations[1..]);
        RelationRepairs.Repair(words, wordHeads, wordRelations, upos);
        return new SentenceAnalysis(words.ToArray(), upos, xpos, wordHeads, wordRelations);
    }

    /// <summary>Splits raw text into sentences and tokens, then analyzes each sentence; names are decided on the whole text.</summary>
    public IReadOnlyList<SentenceAnalysis> AnalyzeText(string text) =>
        AnalyzeDocument(SentenceSplitter.Split(text).Select(s => (IReadOnlyList<string>)UdTokenizer.Tokenize(s)).ToList());

    /// <summary>Analyzes the tokenized sentences of one document; a name it repeats is decided on all its uses.</summary>
    public IReadOnlyList<SentenceAnalysis> AnalyzeDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var nameWords = DocumentNames.Of(sentences);
        var analyses = sentences.Select(s => AnalyzeSyntax(s, nameWords)).ToList();
        if (Entities is null)
        {
            return analyses;
        }

        var names = Entities.RecognizeDocument(analyses);
        return analyses.Select((a, i) => a with { Entities = names[i] }).ToList();
    }

    /// <summary>Reads the models from their files' streams (the entity recognizer is optional).</summary>
    public static LanguageModels Load(Stream tagger, Stream parser, Stream? entities = null) =>
        new(PosTagger.Load(tagger), DependencyParser.Load(parser), entities is null ? null : EntityRecognizer.Load(entities));

    /// <summary>Writes the models, each to its own stream (the entity recognizer when there is one and a stream for it).</summary>
    public void Save(Stream tagger, Stream parser, Stream? entities = null)
    {
        Tagger.Save(tagger);
        Parser.Save(parser);
        if (entities is not null)
        {
            Entities?.Save(entities);
        }
    }

    private static LanguageModels LoadEmbedded()
    {
        var assembly = typeof(LanguageModels).Assembly;
        using var tagger = Open(assembly, TaggerResource);
        using var parser = Open(assembly, ParserResource);
        using var entities = Open(assembly, EntitiesResource);
        return Load(tagger, parser, entities);
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The model {name} is not embedded; run 'briefingbot nlp train'.");
}
