using BriefingBot.Ingestion.Polling;

namespace BriefingBot.Ingestion.Tests.Polling;

public sealed class FeedPollingOptionsTests
{
    private readonly FeedPollingOptions options = new()
    {
        DefaultInterval = TimeSpan.FromMinutes(15),
        MinimumInterval = TimeSpan.FromMinutes(5),
        MaximumInterval = TimeSpan.FromHours(6),
        MaximumBackoff = TimeSpan.FromHours(2),
    };

    [Theory]
    [InlineData(null, 15)]
    [InlineData(1, 5)]
    [InlineData(60, 60)]
    [InlineData(24 * 60, 6 * 60)]
    public void AfterSuccess_HonoursTheHintWithinBounds(int? hintMinutes, int expectedMinutes)
    {
        var hint = hintMinutes is { } m ? TimeSpan.FromMinutes(m) : (TimeSpan?)null;

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), options.AfterSuccess(hint));
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    [InlineData(4, 120)]
    [InlineData(5, 120)]
    [InlineData(500, 120)]
    public void AfterFailure_DoublesUpToTheCap(int failures, int expectedMinutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), options.AfterFailure(failures));
    }
}
