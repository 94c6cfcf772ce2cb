using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

public sealed class SentenceAnalysisTests
{
    [Fact]
    public void IsMainSubject_TheRootsSubject()
    {
        var sentence = new SentenceAnalysis(["Ruiz", "said", "Hale", "left"], ["PROPN", "VERB", "PROPN", "VERB"], ["NNP", "VBD", "NNP", "VBD"], [2, 0, 4, 2], ["nsubj", "root", "nsubj", "ccomp"]);

        Assert.True(sentence.IsMainSubject(0));
        Assert.False(sentence.IsMainSubject(2)); // the subject of the reported clause
    }

    [Fact]
    public void IsMainSubject_ANameOpeningTheSentenceThatTheParseMadeItsRoot()
    {
        // "Ruiz , who ran , became mayor ." read with "Ruiz" as the root and "became" below it.
        var sentence = new SentenceAnalysis(
            ["Ruiz", ",", "who", "ran", ",", "became", "mayor", "."],
            ["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"],
            ["NNP", ",", "WP", "VBD", ",", "VBD", "NN", "."],
            [0, 1, 4, 1, 6, 4, 6, 1],
            ["root", "punct", "nsubj", "acl:relcl", "punct", "conj", "xcomp", "punct"]);

        Assert.True(sentence.IsMainSubject(0));
        Assert.False(sentence.IsMainSubject(6)); // after a verb: no subject
    }
}
