using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Corpus;

namespace BriefingBot.Core.Tests.Language;

public sealed class TaggerAndParserRoundTripTests
{
    // A tiny hand-made treebank: enough to train both models in milliseconds and check save/load.
    private const string Treebank = """
        1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	_
        2	backs	back	VERB	VBZ	_	0	root	_	_
        3	Maduro	Maduro	PROPN	NNP	_	2	obj	_	_
        4	.	.	PUNCT	.	_	2	punct	_	_

        1	Canada	Canada	PROPN	NNP	_	2	nsubj	_	_
        2	supports	support	VERB	VBZ	_	0	root	_	_
        3	Guaido	Guaido	PROPN	NNP	_	2	obj	_	_
        4	.	.	PUNCT	.	_	2	punct	_	_

        1	The	the	DET	DT	_	2	det	_	_
        2	council	council	NOUN	NN	_	3	nsubj	_	_
        3	opposes	oppose	VERB	VBZ	_	0	root	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	plan	plan	NOUN	NN	_	3	obj	_	_
        6	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private static List<ConlluSentence> Sentences() => Conllu.Read(new StringReader(Treebank)).ToList();

    [Fact]
    public void Train_TinyTreebank_LearnsItAndSurvivesSaveAndLoad()
    {
        var sentences = Sentences();
        var (tagger, parser) = LanguageModelTrainer.Train(sentences, seed: 3);
        var models = new LanguageModels(tagger, parser);
        using var taggerFile = new MemoryStream();
        using var parserFile = new MemoryStream();
        models.Save(taggerFile, parserFile);
        taggerFile.Position = 0;
        parserFile.Position = 0;
        var loaded = LanguageModels.Load(taggerFile, parserFile);

        foreach (var sentence in sentences)
        {
            var before = models.Analyze(sentence.Forms());
            var after = loaded.Analyze(sentence.Forms());
            Assert.Equal(sentence.Tokens.Select(t => t.Upos), before.Upos);
            Assert.Equal(sentence.Tokens.Select(t => t.Head), before.Heads);
            Assert.Equal(before.Upos, after.Upos);
            Assert.Equal(before.Xpos, after.Xpos);
            Assert.Equal(before.Heads, after.Heads);
            Assert.Equal(before.Relations, after.Relations);
        }
    }

    [Fact]
    public void Analyze_Empty_ReturnsNothing() =>
        Assert.Empty(LanguageModels.Default.Analyze([]).Words);
}
