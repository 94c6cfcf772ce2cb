namespace BriefingBot.Core.Chat;

/// <summary>
/// Platforms want an acknowledgement within three seconds; answers may take longer. The work starts on the thread
/// pool (the store's SQLite calls complete synchronously and must not hold up the acknowledgement) and is given
/// at most the inline budget: a task that is complete when this returns goes in the acknowledgement, any other is
/// delivered later through the platform's follow-up channel.
/// </summary>
public static class AnswerBudget
{
    public static async Task<Task<Reply>> StartAsync(Func<Task<Reply>> work, TimeSpan inlineBudget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var running = Task.Run(work, CancellationToken.None);
        if (inlineBudget > TimeSpan.Zero)
        {
            await Task.WhenAny(running, Task.Delay(inlineBudget, cancellationToken));
        }

        return running;
    }
}
