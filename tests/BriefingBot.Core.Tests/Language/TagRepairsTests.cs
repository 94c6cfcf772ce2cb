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
    [InlineData("Hollings also criticized the plan .", "NOUN ADV VERB DET NOUN PUNCT", "NNS RB VBD DT NN .", "NNP")]
    [InlineData("Pickering has blasted the plan .", "VERB AUX VERB DET NOUN PUNCT", "VBG VBZ VBN DT NN .", "NNP")]
    [InlineData("\" Democrats will back it , \" he said .", "PUNCT NOUN AUX VERB PRON PUNCT PUNCT PRON VERB PUNCT", "`` NNS MD VB PRP , '' PRP VBD .", "NNPS")]
    [InlineData("Marlowe berates the council .", "ADJ VERB DET NOUN PUNCT", "JJ VBZ DT NN .", "NNP")]
    public void Repair_FirstWordItsDocumentWritesOnlyAsAName_IsAName(string sentence, string upos, string xpos, string tag)
    {
        var (words, u, x) = Tags(sentence, upos, xpos);
        var first = words[0] == "\"" ? 1 : 0;

        TagRepairs.Repair(words, u, x, new HashSet<string>(StringComparer.Ordinal) { "Hollings", "Pickering", "Democrat", "Democrats", "Marlowe" });

        Assert.Equal(("PROPN", tag), (u[first], x[first]));
    }

    [Theory]
    [InlineData("Hollings also criticized the plan .", "NOUN ADV VERB DET NOUN PUNCT", "NNS RB VBD DT NN .")] // not a name in its document
    [InlineData("European champion Dana Holt won .", "ADJ NOUN PROPN PROPN VERB PUNCT", "JJ NN NNP NNP VBD .")] // an adjective before its noun
    [InlineData("The plan was praised by Hollings .", "DET NOUN AUX VERB ADP NOUN PUNCT", "DT NN VBD VBN IN NNS .")] // not the first word
    public void Repair_OtherFirstWordsAndLaterWords_AreLeftAsTagged(string sentence, string upos, string xpos)
    {
        var (words, u, x) = Tags(sentence, upos, xpos);
        IReadOnlySet<string> names = sentence.StartsWith("Hollings", StringComparison.Ordinal)
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal) { "European", "Hollings" };

        TagRepairs.Repair(words, u, x, names);

        Assert.Equal(upos.Split(' '), u);
    }

    [Fact]
    public void DocumentNames_AreWordsCapitalizedWhereCapitalsMeanANameAndNeverWrittenLowerCase()
    {
        var names = DocumentNames.Of(
        [
            "Rep. Dana Hollings spoke at the Eastvale harbor on Monday.",
            "Hollings said the Harbor Board would meet.",
            "\"Tolls are too high,\" Hollings said, adding: \"Ferries matter.\"",
            "The harbor needs dredging.",
        ]);

        Assert.Contains("Hollings", names);
        Assert.Contains("Dana", names);
        Assert.Contains("Eastvale", names);
        Assert.Contains("Board", names);
        Assert.DoesNotContain("Harbor", names); // "harbor" is written in lower case too
        Assert.DoesNotContain("Tolls", names); // only ever first: after a quotation mark or a sentence's start
        Assert.DoesNotContain("Ferries", names);
        Assert.DoesNotContain("The", names);
    }

    [Theory]
    [InlineData("The Harbor Safety Board ( HSB ) inspected the ferry .", 4, true)]
    [InlineData("She joined the Union of Ferry Pilots ( UFP ) in May .", 7, true)] // "of" inside the name
    [InlineData("Pilots earn more ( USD ) than deckhands .", 3, false)] // the words before do not spell it
    [InlineData("The board met ( HSB ) on Friday .", 3, false)]
    [InlineData("The Harbor Safety Board ( Hsb ) met .", 4, false)] // not in capitals
    public void DefinesAcronym_WhenTheCapitalizedWordsBeforeTheBracketSpellIt(string sentence, int bracket, bool defines)
    {
        Assert.Equal(defines, DocumentNames.DefinesAcronym(sentence.Split(' '), bracket));
    }

    [Fact]
    public void DocumentNames_HoldAnAcronymTheDocumentDefines_AndItIsANameWhereverItIsUsed()
    {
        var sentences = new[] { "The Western Harbor Organisation ( WHO ) inspected the ferry .", "WHO say the harbor is safe ." };
        var names = DocumentNames.Of(sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')));
        var (words, u, x) = Tags(sentences[1], "PRON VERB DET NOUN AUX ADJ PUNCT", "WP VBP DT NN VBZ JJ .");

        TagRepairs.Repair(words, u, x, names);

        Assert.Contains("WHO", names);
        Assert.Equal(("PROPN", "NNP"), (u[0], x[0]));
        Assert.DoesNotContain("WHO", DocumentNames.Of([sentences[1].Split(' ')])); // undefined, "WHO" is left as tagged
    }

    [Fact]
    public void AnalyzeSyntax_FirstWordItsDocumentNames_IsTheSubjectName()
    {
        var words = UdTokenizer.Tokenize("Hollings also criticized the toll plan.");

        var alone = LanguageModels.Default.AnalyzeSyntax(words);
        var inDocument = LanguageModels.Default.AnalyzeSyntax(words, DocumentNames.Of(["Rep. Dana Hollings spoke on Monday.", "Hollings also criticized the toll plan."]));

        Assert.NotEqual("PROPN", alone.Upos[0]); // what the tagger makes of it alone
        Assert.Equal("PROPN", inDocument.Upos[0]);
        Assert.Equal("nsubj", inDocument.Relations[0]);
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

    [Fact]
    public void Repair_OutspokenReadAsAParticiple_IsAnAdjective()
    {
        var (words, upos, xpos) = Tags("Both mayors have been outspoken in their criticism .", "DET NOUN AUX AUX VERB ADP PRON NOUN PUNCT", "DT NNS VBP VBN VBN IN PRP$ NN .");

        Assert.Equal(1, TagRepairs.Repair(words, upos, xpos));
        Assert.Equal(("ADJ", "JJ"), (upos[4], xpos[4]));
    }

    private static (string[] Words, string[] Upos, string[] Xpos) Tags(string sentence, string upos, string xpos) =>
        (sentence.Split(' '), upos.Split(' '), xpos.Split(' '));
}
