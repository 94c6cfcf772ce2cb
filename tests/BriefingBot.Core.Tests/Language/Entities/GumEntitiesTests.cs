using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Corpus;
using BriefingBot.Core.Language.Entities;

namespace BriefingBot.Core.Tests.Language.Entities;

public sealed class GumEntitiesTests
{
    // Our own sentence in GUM's notation: a person mention that holds an organization mention, a one-word place,
    // a place whose head is a common noun (not a name), and a time.
    private const string Sentence = """
        1	Harbor	Harbor	PROPN	NNP	_	2	compound	_	Entity=(1-person-new-cf1-coref(2-organization-new-cf2-sgl)
        2	Commissioner	commissioner	NOUN	NN	_	4	compound	_	_
        3	Ana	Ana	PROPN	NNP	_	4	compound	_	_
        4	Ruiz	Ruiz	PROPN	NNP	_	5	nsubj	_	Entity=1)
        5	visited	visit	VERB	VBD	_	0	root	_	_
        6	Eastvale	Eastvale	PROPN	NNP	_	5	obj	_	Entity=(3-place-new-cf3-sgl)
        7	and	and	CCONJ	CC	_	9	cc	_	_
        8	the	the	DET	DT	_	9	det	_	Entity=(4-place-new-cf4-sgl
        9	harbor	harbor	NOUN	NN	_	6	conj	_	Entity=4)
        10	on	on	ADP	IN	_	11	case	_	_
        11	Monday	Monday	PROPN	NNP	_	5	obl	_	Entity=(5-time-new-cf5-sgl)
        12	.	.	PUNCT	.	_	5	punct	_	_

        """;

    private static ConlluSentence Read() => Conllu.Read(new StringReader(Sentence)).Single();

    [Fact]
    public void Mentions_ReadsNestedSingleAndMultiWordBrackets()
    {
        var mentions = GumEntities.Mentions(Read()).OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();

        Assert.Equal(
            [(0, 4, "person", "1"), (0, 1, "organization", "2"), (5, 6, "place", "3"), (7, 9, "place", "4"), (10, 11, "time", "5")],
            mentions);
    }

    [Fact]
    public void Named_KeepsOutermostProperNounHeadedPeopleOrganizationsAndPlaces()
    {
        var named = GumEntities.Named(Read());

        Assert.Equal([new EntitySpan(0, 4, "person"), new EntitySpan(5, 6, "place")], named);
    }

    [Fact]
    public void Gazetteer_KnowsPlacesTitlesAndFirstNames_IgnoringCaseAndDots()
    {
        Assert.Equal("place", Gazetteer.Default.KindOf("Senegal"));
        Assert.Equal("place", Gazetteer.Default.KindOf("united states"));
        Assert.Equal("person-title", Gazetteer.Default.KindOf("Dr."));
        Assert.Equal("first-name", Gazetteer.Default.KindOf("Angela"));
        Assert.Null(Gazetteer.Default.KindOf("backs"));
    }

    [Fact]
    public void GoldHeads_ANameTheAnalysisHeadsByAnotherWord_IsLabelledOnTheAnalysisHead()
    {
        // The corpus heads "Ana Ruiz" by "Ana" (flat); the bot's parse heads it by "Ruiz" (compound), as it often does.
        var gold = Conllu.Read(new StringReader("""
            1	Ana	Ana	PROPN	NNP	_	3	nsubj	_	Entity=(1-person-new-cf1-sgl
            2	Ruiz	Ruiz	PROPN	NNP	_	1	flat	_	Entity=1)
            3	left	leave	VERB	VBD	_	0	root	_	_
            4	Eastvale	Eastvale	PROPN	NNP	_	3	obj	_	Entity=(2-place-new-cf2-sgl)

            """)).Single();
        var analysis = new SentenceAnalysis(["Ana", "Ruiz", "left", "Eastvale"], ["PROPN", "PROPN", "VERB", "PROPN"], ["NNP", "NNP", "VBD", "NNP"], [2, 3, 0, 3], ["compound", "nsubj", "root", "obj"]);

        var heads = EntityTrainer.GoldHeads(gold, analysis);

        Assert.Equal(new Dictionary<int, string> { [1] = "person", [3] = "place" }, heads);
    }
}
