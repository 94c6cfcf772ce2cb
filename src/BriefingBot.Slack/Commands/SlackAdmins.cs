using System.Collections.Concurrent;
using BriefingBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.Commands;

/// <summary>
/// Who may use the admin verbs: users named in <c>Slack:AdminUsers</c>, and the workspace's admins and owners as
/// <c>users.info</c> reports them, remembered for a few minutes. When Slack cannot be asked, the answer is no.
/// </summary>
public sealed partial class SlackAdmins(SlackWebApiClient api, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackAdmins> logger)
{
    // The lookup itself is cached (lazily, so of two commands arriving together only one asks users.info).
    private readonly ConcurrentDictionary<string, Entry> cache = new(StringComparer.Ordinal);
    private int lookups;

    /// <summary><c>users.info</c> calls made (tests check the cache with it).</summary>
    public int Lookups => Volatile.Read(ref lookups);

    public async Task<bool> IsAdminAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        if (options.Value.AdminUsers.Contains(userId, StringComparer.Ordinal))
        {
            return true;
        }

        var key = teamId + "/" + userId;
        var now = time.GetUtcNow();
        var until = now + options.Value.AdminCacheDuration;
        var entry = cache.AddOrUpdate(
            key,
            _ => new Entry(new Lazy<Task<bool>>(() => LookUpAsync(key, userId)), until),
            (_, known) => known.Until > now ? known : new Entry(new Lazy<Task<bool>>(() => LookUpAsync(key, userId)), until));
        return await entry.IsAdmin.Value.WaitAsync(cancellationToken);
    }

    private async Task<bool> LookUpAsync(string key, string userId)
    {
        try
        {
            Interlocked.Increment(ref lookups);
            var answer = await api.CallFormAsync("users.info", new Dictionary<string, string> { ["user"] = userId }, CancellationToken.None);
            var user = answer["user"];
            return user?["is_admin"]?.GetValue<bool>() == true || user?["is_owner"]?.GetValue<bool>() == true || user?["is_primary_owner"]?.GetValue<bool>() == true;
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            LogLookupFailed(logger, ex, userId);
            cache.TryRemove(key, out _); // ask again next time rather than remember a failure
            return false;
        }
    }

    private sealed record Entry(Lazy<Task<bool>> IsAdmin, DateTimeOffset Until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask Slack whether {User} is an admin; treating them as not one")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string user);
}
