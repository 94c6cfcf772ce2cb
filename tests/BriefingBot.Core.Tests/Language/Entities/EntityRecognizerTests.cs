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
