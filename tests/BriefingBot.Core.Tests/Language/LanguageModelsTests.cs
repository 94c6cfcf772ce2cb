using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

/// <summary>The committed models, on sentences whose reading is not in doubt.</summary>
public sealed class LanguageModelsTests
{
    private static SentenceAnalysis Read(string sentence) => LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));

    private static string HeadOf(SentenceAnalysis a, string word)
    {
        var i = Array.IndexOf(a.Words, word);
        return a.Heads[i] == 0 ? "ROOT" : a.Words[a.Heads[i] - 1];
    }

    private static string RelationOf(SentenceAnalysis a, string word) => a.Relations[Array.IndexOf(a.Words, word)];

    [Fact]
    public void Analyze_SimpleTransitiveSentence_FindsSubjectAndObject()
    {
        var a = Read("Russia strongly supports the government of Venezuela.");

        Assert.Equal(["PROPN", "ADV", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], a.Upos);
        Assert.Equal("ROOT", HeadOf(a, "supports"));
        Assert.Equal(("supports", "nsubj"), (HeadOf(a, "Russia"), RelationOf(a, "Russia")));
        Assert.Equal(("supports", "obj"), (HeadOf(a, "government"), RelationOf(a, "government")));
        Assert.Equal("government", HeadOf(a, "Venezuela"));
    }

    [Fact]
    public void Analyze_ObjectControl_AttachesTheInfinitiveToTheMainVerb()
    {
        var a = Read("The senators urged the governor to veto the bill.");

        Assert.Equal(("urged", "nsubj"), (HeadOf(a, "senators"), RelationOf(a, "senators")));
        // EWT, which the parser learns from, marks the object of ask/tell/urge + infinitive as iobj.
        Assert.Equal(("urged", "iobj"), (HeadOf(a, "governor"), RelationOf(a, "governor")));
        Assert.Equal(("urged", "xcomp"), (HeadOf(a, "veto"), RelationOf(a, "veto")));
        Assert.Equal(("veto", "obj"), (HeadOf(a, "bill"), RelationOf(a, "bill")));
    }

    [Fact]
    public void Analyze_Passive_MarksThePassiveSubject()
    {
        var a = Read("The plan was rejected by the council.");

        Assert.Equal("nsubj:pass", RelationOf(a, "plan"));
        Assert.Equal("rejected", HeadOf(a, "council"));
        Assert.Equal("obl", RelationOf(a, "council").Split(':')[0]);
    }

    [Fact]
    public void AnalyzeText_SplitsSentencesAndEveryTreeHasOneRoot()
    {
        var sentences = LanguageModels.Default.AnalyzeText("Canada backs Guaido. Moscow doesn't.");

        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.Single(s.Heads, h => h == 0));
        Assert.Equal(["Moscow", "does", "n't", "."], sentences[1].Words);
    }
}
