namespace BriefingBot.Host.Hosting;

internal static class PeriodicTimerExtensions
{
    /// <summary>Waits for the next tick; false when the timer was disposed or the service is stopping (a normal stop, not an error).</summary>
    public static async Task<bool> NextTickOrStopAsync(this PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
