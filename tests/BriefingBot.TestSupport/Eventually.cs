namespace BriefingBot.TestSupport;

/// <summary>Waits for something a running bot does in the background, up to a minute (a loaded CI machine is slow, not wrong).</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <param name="diagnostics">Said in the timeout's message, such as the bot's recent warnings.</param>
    public static async Task WaitAsync(Func<bool> condition, string what, Func<string>? diagnostics = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited in vain for {what}.{(diagnostics is null ? string.Empty : "\n" + diagnostics())}");
            }

            await Task.Delay(25);
        }
    }
}
