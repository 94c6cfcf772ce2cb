using BriefingBot.Core.Language;
using BriefingBot.Core.Language.Entities;

namespace BriefingBot.Core.Tests.Language.Entities;

/// <summary>The committed model on sentences whose names are unambiguous (it is scored on GUM by <c>nlp eval</c>).</summary>
public sealed class EntityRecognizerTests
{
    private static List<(string Text, string Type)> Names(string sentence)
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));
        return analysis.Entities.Select(e => (e.Text(analysis.Words), e.Type)).ToList();
    }

    [Fact]
    public void Analyze_PersonOrganizationAndPlace_AreFoundWithTheirPhrases()
    {
        Assert.Equal(
            [("Juan Guaido", "person"), ("the European Union", "organization"), ("Caracas", "place")],
            Names("Juan Guaido met officials of the European Union in Caracas on Monday."));
    }

    [Theory]
    [InlineData(new[] { "Trump", "himself" }, "Trump")]
    [InlineData(new[] { "Ana", "Vale", "herself" }, "Ana Vale")]
    [InlineData(new[] { "Ana", "Vale", "'s" }, "Ana Vale")]
    [InlineData(new[] { "a", "President", "Vale" }, "President Vale")]
    public void Name_LeavesOutAStressingPronounAndAPossessiveEnding(string[] words, string name)
    {
        Assert.Equal(name, new EntitySpan(0, words.Length, EntitySpan.Person).Name(words));
    }

    [Fact]
    public void Analyze_ANameWhoseVerbTheParseHungOnIt_EndsBeforeTheVerb()
    {
        Assert.Contains(("Many Republicans", "person"), Names("Many Republicans opposed the bill because it would allow drilling."));
    }

    [Fact]
    public void Analyze_CountriesAndAPersonInOneSentence()
    {
        Assert.Equal(
            [("Russia", "place"), ("China", "place"), ("Nicolas Maduro", "person"), ("Venezuela", "place")],
            Names("Russia and China support Nicolas Maduro, the president of Venezuela."));
    }

    [Fact]
    public void Analyze_TitleIsPartOfThePersonsName()
    {
        Assert.Contains(("Senator Adam Schiff", "person"), Names("Senator Adam Schiff criticized the White House."));
    }

    [Fact]
    public void Analyze_APrepositionHungOnATitle_IsNotPartOfTheName()
    {
        // The parse hangs "by" on "President", inside the name's phrase.
        Assert.Contains(("President Bush", "person"), Names("The pontiff was greeted by President Bush, first lady Laura Bush and their daughter Jenna, each of whom shook his hand."));
    }

    [Theory]
    [InlineData("The embassy's defence attaché in the U.S., Col. Marta Elena Ruiz, has resigned.", "Col. Marta Elena Ruiz")]
    [InlineData("The court froze the accounts as a probe led by chief prosecutor Tomas Andres Vidal advances.", "Tomas Andres Vidal")]
    [InlineData("New Jersey Sen. Ana Ruiz slammed the plan.", "New Jersey Sen. Ana Ruiz")] // "New" read as an adjective
    public void Analyze_APersonsNameTheParseCutInTwo_IsOneName(string sentence, string name)
    {
        Assert.Contains((name, "person"), Names(sentence));
    }

    [Fact]
    public void Analyze_ADatelineBeforeTheName_IsNotPartOfIt()
    {
        Assert.Contains(("Gov. Deval Patrick", "person"), Names("BOSTON — Gov. Deval Patrick on Wednesday praised the harbor pilots."));
    }

    [Fact]
    public void Analyze_ADayAfterTheName_EndsItsPhrase()
    {
        // The parse hangs "Sunday" on the name as a name word and "in a ceremony" on the name too.
        Assert.Contains(("former President Kim Dae-Jung", "person"), Names("South Korea bade farewell to former President Kim Dae-Jung Sunday in a ceremony attended by thousands of citizens, dignitaries and politicians."));
    }

    [Fact]
    public void AnalyzeText_ANameUsedAgainLaterInTheText_IsDecidedOnAllItsUses()
    {
        var sentences = LanguageModels.Default.AnalyzeText("Juan Guaido met officials in Caracas. Guaido later flew to Bogota with Maria Lopez. Lopez praised Guaido.");

        Assert.Equal(3, sentences.Count);
        Assert.Contains(("Guaido", "person"), sentences[2].Entities.Select(e => (e.Text(sentences[2].Words), e.Type)));
        Assert.Contains(("Bogota", "place"), sentences[1].Entities.Select(e => (e.Text(sentences[1].Words), e.Type))); // not "Bogota with Maria Lopez"
    }

    [Fact]
    public void AnalyzeText_ALoneFirstName_IsDecidedWithTheFullNameItStarts()
    {
        var sentences = LanguageModels.Default.AnalyzeText("Paris Whitfield chairs the committee. The vote went to Paris after a long debate.");

        // Alone, "Paris" reads as the city; introduced as Paris Whitfield, it is her.
        Assert.Contains(("Paris Whitfield", "person"), sentences[0].Entities.Select(e => (e.Text(sentences[0].Words), e.Type)));
        Assert.Contains(("Paris", "person"), sentences[1].Entities.Select(e => (e.Text(sentences[1].Words), e.Type)));
    }

    [Fact]
    public void AnalyzeText_AnAcronymTheTextDefines_IsTheNameItStandsFor()
    {
        var sentences = LanguageModels.Default.AnalyzeText("The Western Harbor Organization (WHO) inspected the Eastvale ferry on Monday. WHO say the ferry is safe.");

        Assert.Contains(("WHO", "organization"), sentences[1].Entities.Select(e => (e.Text(sentences[1].Words), e.Type)));
    }

    [Theory]
    [InlineData("She moved to Sydney, Australia, in 1990.", "Sydney , Australia")]
    [InlineData("The trainer will go to the Adler Planetarium in Chicago, Illinois, next year.", "the Adler Planetarium in Chicago , Illinois")]
    public void Analyze_APlaceFollowedByThePlaceItIsIn_IsOneName(string sentence, string name)
    {
        Assert.Contains((name, "place"), Names(sentence));
    }

    [Theory]
    [InlineData("Former Eastvale Mayor Tomas Ruiz on Wednesday harshly criticized the ferry plan.", "Former Eastvale Mayor Tomas Ruiz")] // the parse makes the name the root
    [InlineData("Los Angeles County District Attorney Dana Hale said Monday she was opposed to the plan.", "Los Angeles County District Attorney Dana Hale")]
    public void Analyze_ANameWithAPersonsTitleBeforeIt_IsAPerson(string sentence, string name)
    {
        // The model alone reads these as places.
        Assert.Contains((name, "person"), Names(sentence));
    }

    [Fact]
    public void Analyze_PlacesInAList_AreNamesOfTheirOwn()
    {
        Assert.Equal([("Germany", "place"), ("France", "place"), ("Italy", "place")], Names("Ferries run to Germany, France and Italy."));
    }

    [Fact]
    public void Phrase_APlaceAfterACommaThatSaysWhereTheNameIs_BelongsToIt()
    {
        var sentence = Parsed(
            ("He", "PRON", "PRP", 2, "nsubj"), ("studied", "VERB", "VBD", 0, "root"), ("at", "ADP", "IN", 5, "case"),
            ("Trinity", "PROPN", "NNP", 5, "compound"), ("College", "PROPN", "NNP", 2, "obl"), (",", "PUNCT", ",", 7, "punct"),
            ("Cambridge", "PROPN", "NNP", 5, "nmod:unmarked"), (".", "PUNCT", ".", 2, "punct"));

        Assert.Equal("Trinity College , Cambridge", Text(sentence, EntityRecognizer.Phrase(sentence, 4)));
    }

    [Fact]
    public void Phrase_ASurnameTheParseHungOnAnotherWord_StaysWithTheName()
    {
        var sentence = Parsed(
            ("writers", "NOUN", "NNS", 0, "root"), ("Selma", "PROPN", "NNP", 1, "appos"), ("Lagerlöf", "PROPN", "NNP", 1, "flat"),
            ("and", "CCONJ", "CC", 5, "cc"), ("Neil", "PROPN", "NNP", 2, "conj"), ("Gaiman", "PROPN", "NNP", 5, "flat"));

        Assert.Equal("Selma Lagerlöf", Text(sentence, EntityRecognizer.Phrase(sentence, 1)));
        Assert.Equal("Neil Gaiman", Text(sentence, EntityRecognizer.Phrase(sentence, 4)));
    }

    [Fact]
    public void Phrase_ForInsideAnOrganizationsName_BelongsToIt_ButNotAnAdjunctFor()
    {
        var named = Parsed(
            ("by", "ADP", "IN", 2, "case"), ("Harbor", "PROPN", "NNP", 0, "root"), ("for", "ADP", "IN", 4, "case"),
            ("Tomorrow", "PROPN", "NNP", 2, "nmod"), (".", "PUNCT", ".", 2, "punct"));
        var adjunct = Parsed(
            ("Ruiz", "PROPN", "NNP", 0, "root"), ("for", "ADP", "IN", 4, "case"), ("the", "DET", "DT", 4, "det"),
            ("mayor", "NOUN", "NN", 1, "nmod"), (".", "PUNCT", ".", 1, "punct"));

        Assert.Equal("Harbor for Tomorrow", Text(named, EntityRecognizer.Phrase(named, 1)));
        Assert.Equal("Ruiz", Text(adjunct, EntityRecognizer.Phrase(adjunct, 0)));
    }

    private static SentenceAnalysis Parsed(params (string Word, string Upos, string Xpos, int Head, string Relation)[] words) => new(
        words.Select(w => w.Word).ToArray(), words.Select(w => w.Upos).ToArray(), words.Select(w => w.Xpos).ToArray(),
        words.Select(w => w.Head).ToArray(), words.Select(w => w.Relation).ToArray());

    private static string Text(SentenceAnalysis sentence, (int Start, int End) span) => string.Join(' ', sentence.Words[span.Start..span.End]);

    [Fact]
    public void Recognizer_SurvivesSaveAndLoad()
    {
        var models = LanguageModels.Default;
        using var file = new MemoryStream();
        models.Entities!.Save(file);
        file.Position = 0;
        var loaded = new LanguageModels(models.Tagger, models.Parser, EntityRecognizer.Load(file));
        var sentence = UdTokenizer.Tokenize("The University of Oxford hired Maria Lopez from Madrid.");

        Assert.Equal(models.Analyze(sentence).Entities, loaded.Analyze(sentence).Entities);
        Assert.NotEmpty(loaded.Analyze(sentence).Entities);
    }

    [Fact]
    public void Load_AnotherModelFile_IsRefusedWithAClearError()
    {
        using var file = new MemoryStream();
        LanguageModels.Default.Tagger.Save(file);
        file.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => EntityRecognizer.Load(file));

        Assert.Contains("EntityRecognizer", error.Message, StringComparison.Ordinal);
    }
}
