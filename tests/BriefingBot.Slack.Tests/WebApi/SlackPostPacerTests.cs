using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Slack.Tests.WebApi;

public sealed class SlackPostPacerTests
{
    [Fact]
    public void Reserve_BurstThenOneTurnPerInterval_ForOneChannel()
    {
        var time = new FakeTimeProvider();
        var pacer = new SlackPostPacer(time, burst: 3);

        var waits = Enumerable.Range(0, 6).Select(_ => pacer.Reserve("C1")).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, SlackPostPacer.Interval, SlackPostPacer.Interval * 2, SlackPostPacer.Interval * 3], waits);
    }

    [Fact]
    public void Reserve_ChannelsDoNotWaitForEachOther()
    {
        var pacer = new SlackPostPacer(new FakeTimeProvider(), burst: 1);

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1"));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C2"));
        Assert.Equal(SlackPostPacer.Interval, pacer.Reserve("C1"));
    }

    [Fact]
    public void Reserve_AfterAQuietSpell_TheBurstIsBackButNoMore()
    {
        var time = new FakeTimeProvider();
        var pacer = new SlackPostPacer(time, burst: 2);
        pacer.Reserve("C1");
        pacer.Reserve("C1");

        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1"));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1"));
        Assert.Equal(SlackPostPacer.Interval, pacer.Reserve("C1"));
    }

    [Fact]
    public void Answered_CountsTheTurnFromSlacksAnswer_NotFromTheSend()
    {
        var time = new FakeTimeProvider();
        var pacer = new SlackPostPacer(time, burst: 1);
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C1"));

        time.Advance(TimeSpan.FromMilliseconds(400)); // the post sat in a queue; Slack may have received it only now
        pacer.Answered("C1");

        Assert.Equal(SlackPostPacer.Interval, pacer.Reserve("C1"));
    }

    [Fact]
    public async Task TakeTurnAsync_OneChannel_OnePostAtATime_OtherChannelsFree()
    {
        var pacer = new SlackPostPacer(TimeProvider.System, burst: 10);
        var first = await pacer.TakeTurnAsync("C1", CancellationToken.None);

        var second = pacer.TakeTurnAsync("C1", CancellationToken.None);
        var other = await pacer.TakeTurnAsync("C2", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(100);
        Assert.False(second.IsCompleted); // C1 is busy until Slack has answered its first post

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        other.Dispose();
    }

    [Fact]
    public async Task TakeTurnAsync_Cancelled_LeavesTheChannelFree()
    {
        var pacer = new SlackPostPacer(TimeProvider.System, burst: 1);
        var busy = await pacer.TakeTurnAsync("C1", CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pacer.TakeTurnAsync("C1", cancel.Token));
        busy.Dispose();

        (await pacer.TakeTurnAsync("C1", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public void Block_NextTurnWaitsOutTheRetryAfter()
    {
        var time = new FakeTimeProvider();
        var pacer = new SlackPostPacer(time, burst: 3);

        pacer.Block("C1", time.GetUtcNow().AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), pacer.Reserve("C1"));
        Assert.Equal(TimeSpan.FromSeconds(30) + SlackPostPacer.Interval, pacer.Reserve("C1"));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("C2"));
    }
}
