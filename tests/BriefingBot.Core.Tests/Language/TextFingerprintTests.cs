using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

public sealed class TextFingerprintTests
{
    private const string Story =
        "The regional water utility approved a plan on Thursday to replace every remaining lead service pipe by 2031. " +
        "The program will cost about 310 million dollars, and the utility said households would not be billed directly for the work. " +
        "Health officials welcomed the decision, noting that about 18,000 homes are still connected by lead lines. " +
        "The first crews will start in the oldest neighbourhoods in March, the utility said in a statement. " +
        "Residents can check whether their home is on the list through the utility's website or by phone.";

    [Fact]
    public void ContentHash_IgnoresCaseAndPunctuation()
    {
        Assert.Equal(TextFingerprint.ContentHash("Hello, World!"), TextFingerprint.ContentHash("hello world"));
        Assert.NotEqual(TextFingerprint.ContentHash("hello world"), TextFingerprint.ContentHash("hello there world"));
    }

    [Fact]
    public void SimHash_OneWordChanged_IsANearDuplicate()
    {
        var edited = Story.Replace("Thursday", "Wednesday", StringComparison.Ordinal);

        var distance = TextFingerprint.Distance(TextFingerprint.SimHash(Story), TextFingerprint.SimHash(edited));

        Assert.InRange(distance, 0, TextFingerprint.NearDuplicateDistance);
    }

    [Fact]
    public void SimHash_DifferentStories_AreFarApart()
    {
        const string other = "Harbor City won the national cup for the first time in 41 years, beating Eastvale on penalties after a draw. " +
            "Goalkeeper Tomas Reyes saved two spot kicks, including the decisive one from the Eastvale captain. " +
            "Thousands of supporters gathered in the main square to welcome the team home on Monday evening.";

        var distance = TextFingerprint.Distance(TextFingerprint.SimHash(Story), TextFingerprint.SimHash(other));

        Assert.True(distance > 12, $"distance {distance}");
    }

    [Fact]
    public void Band_WithinDistance_SharesAtLeastOneBand()
    {
        var a = 0x0123_4567_89AB_CDEFUL;
        var b = a ^ (1UL << 3) ^ (1UL << 20) ^ (1UL << 40); // three bits in three different bands

        Assert.Contains(Enumerable.Range(0, TextFingerprint.BandCount), i => TextFingerprint.Band(a, i) == TextFingerprint.Band(b, i));
    }
}
