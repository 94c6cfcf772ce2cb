using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Tagging;

namespace BriefingBot.Core.Tests.Language;

public sealed class TagRepairsTests
{
    [Theory]
    [InlineData("Russia and China back Maduro .", "PROPN CCONJ PROPN ADV PROPN PUNCT", "NNP CC NNP RB NNP .", 3, "VBP")]
    [InlineData("The Tories back ID cards .", "DET PROPN ADV NOUN NOUN PUNCT", "DT NNP RB NN NNS .", 2, "VBP")]
    [InlineData("The unions support the strike .", "DET NOUN NOUN DET NOUN PUNCT", "DT NNS NN DT NN .", 2, "VBP")]
    [InlineData("They are to back the plans .", "PRON AUX PART ADV DET NOUN PUNCT", "PRP VBP TO RB DT NNS .", 3, "VB")]
    [InlineData("Eastvale funds the ferry .", "PROPN NOUN DET NOUN PUNCT", "NNP NNS DT NN .", 1, "VBZ")]
    public void Repair_SideVerbBetweenItsSubjectAndANounPhrase_IsReadAsAVerb(string sentence, string upos, string xpos, int word, string tag)
    {
        var (words, u, x) = Tags(sentence, upos, xpos);

        Assert.Equal(1, TagRepairs.Repair(words, u, x));
        Assert.Equal("VERB", u[word]);
        Assert.Equal(tag, x[word]);
    }

    [Theory]
    [InlineData("They came back the next day .", "PRON VERB ADV DET ADJ NOUN PUNCT", "PRP VBD RB DT JJ NN .")] // after a verb
    [InlineData("His back hurts .", "PRON NOUN VERB PUNCT", "PRP$ NN VBZ .")] // after a possessive
    [InlineData("The party funds were used .", "DET NOUN NOUN AUX VERB PUNCT", "DT NN NNS VBD VBN .")] // no noun phrase after
    [InlineData("Public support for the plan grew .", "ADJ NOUN ADP DET NOUN VERB PUNCT", "JJ NN IN DT NN VBD .")]
    [InlineData("This is what they said .", "PRON AUX PRON PRON VERB PUNCT", "DT VBZ WP PRP VBD .")] // pronouns stay pronouns
    [InlineData("European champions Wasps won .", "ADJ NOUN PROPN VERB PUNCT", "JJ NNS NNP VBD .")] // a title before a name
    [InlineData("They enforce child support payments .", "PRON VERB NOUN NOUN NOUN PUNCT", "PRP VBP NN NN NNS .")]
    [InlineData("The delays calms attack fears .", "DET NOUN NOUN NOUN NOUN PUNCT", "DT NNS NNS NN NNS .")] // a compound after a plural
    [InlineData("It kept setting you back a long way .", "PRON VERB VERB PRON ADV DET ADJ NOUN PUNCT", "PRP VBD VBG PRP RB DT JJ NN .")] // "you" is an object
    [InlineData("Hedge fund TCI Fund Management agreed .", "NOUN NOUN PROPN PROPN PROPN VERB PUNCT", "NN NN NNP NNPS NNP VBD .")] // capitalized: a name
    public void Repair_WordsWithOtherReadings_AreLeftAsTagged(string sentence, string upos, string xpos)
    {
        var (words, u, x) = Tags(sentence, upos, xpos);

        Assert.Equal(0, TagRepairs.Repair(words, u, x));
        Assert.Equal(upos.Split(' '), u);
    }

    [Fact]
    public void Repair_CapitalizedWordTaggedAsAPronounThatIsNone_IsAName()
    {
        var (words, u, x) = Tags("Labour has rejected quotas .", "PRON AUX VERB NOUN PUNCT", "PRP$ VBZ VBN NNS .");

        TagRepairs.Repair(words, u, x);

        Assert.Equal(("PROPN", "NNP"), (u[0], x[0]));
    }

    [Theory]
    [InlineData("Russia and China back Maduro.", "back")]
    [InlineData("The Conservatives support ID cards.", "support")]
    [InlineData("Labour supports ID cards.", "supports")]
    public void AnalyzeSyntax_SideVerbAfterAPluralSubject_IsTheVerbOfTheParse(string sentence, string verb)
    {
        var analysis = LanguageModels.Default.AnalyzeSyntax(UdTokenizer.Tokenize(sentence));

        var at = Array.IndexOf(analysis.Words, verb);
        Assert.Equal("VERB", analysis.Upos[at]);
        Assert.Equal("root", analysis.Relations[at]);
    }

    private static (string[] Words, string[] Upos, string[] Xpos) Tags(string sentence, string upos, string xpos) =>
        (sentence.Split(' '), upos.Split(' '), xpos.Split(' '));
}
