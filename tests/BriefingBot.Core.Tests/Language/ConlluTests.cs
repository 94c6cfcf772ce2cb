using BriefingBot.Core.Language.Corpus;

namespace BriefingBot.Core.Tests.Language;

public sealed class ConlluTests
{
    private const string Sample = """
        # sent_id = s1
        # text = Russia doesn't back it.
        1	Russia	Russia	PROPN	NNP	Number=Sing	4	nsubj	4:nsubj	_
        2-3	doesn't	_	_	_	_	_	_	_	_
        2	does	do	AUX	VBZ	_	4	aux	4:aux	_
        3	n't	not	PART	RB	_	4	advmod	4:advmod	_
        4	back	back	VERB	VB	_	0	root	0:root	_
        5	it	it	PRON	PRP	_	4	obj	4:obj	SpaceAfter=No
        6	.	.	PUNCT	.	_	4	punct	4:punct	_

        1	Yes	yes	INTJ	UH	_	0	root	0:root	_

        """;

    [Fact]
    public void Read_ThenWrite_RoundTripsWordsCommentsAndMultiwordLines()
    {
        var sentences = Conllu.Read(new StringReader(Sample)).ToList();
        using var writer = new StringWriter();
        foreach (var sentence in sentences)
        {
            Conllu.Write(writer, sentence);
        }

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Russia", "does", "n't", "back", "it", "."], sentences[0].Forms());
        Assert.Equal(4, sentences[0].Tokens[0].Head);
        Assert.Equal("s1", sentences[0].Comment("sent_id"));
        Assert.Equal(Sample.ReplaceLineEndings("\n").Trim(), writer.ToString().ReplaceLineEndings("\n").Trim());
    }

    [Fact]
    public void Read_WrongColumnCount_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => Conllu.Read(new StringReader("# c\n1\tword\tword\n")).ToList());

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
