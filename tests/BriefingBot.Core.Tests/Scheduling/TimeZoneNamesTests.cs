using BriefingBot.Core.Scheduling;

namespace BriefingBot.Core.Tests.Scheduling;

public sealed class TimeZoneNamesTests
{
    [Theory]
    [InlineData("America/Caracas")]
    [InlineData("Europe/Berlin")]
    [InlineData("UTC")]
    [InlineData("")]
    public void TryFind_IanaNames_AreFound(string name)
    {
        Assert.True(TimeZoneNames.TryFind(name, out var zone, out var error), error);
        Assert.NotNull(zone);
    }

    [Fact]
    public void TryFind_Misspelled_SuggestsTheClosestName()
    {
        Assert.False(TimeZoneNames.TryFind("America/Caracs", out _, out var error));
        Assert.Contains("Did you mean America/Caracas?", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Local")]
    public void TryFind_NotAZone_SaysSoAndGivesAnExample(string name)
    {
        Assert.False(TimeZoneNames.TryFind(name, out _, out var error));
        Assert.Contains($"\"{name}\" is not a time-zone name", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFind_HugeInput_IsShortenedInTheError()
    {
        Assert.False(TimeZoneNames.TryFind(new string('x', 5000), out _, out var error));
        Assert.True(error.Length < 300);
    }
}
