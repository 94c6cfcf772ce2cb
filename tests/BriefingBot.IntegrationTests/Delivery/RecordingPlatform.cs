using BriefingBot.Core.Chat;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.IntegrationTests.Delivery;

/// <summary>
/// A chat platform whose channel history is a list, and which can die at the two moments that matter: before
/// the platform took a post, and after it took it but before the bot heard back.
/// </summary>
public sealed class RecordingPlatform : IChatPlatform
{
    private readonly Lock gate = new();
    private readonly List<(ChannelAddress Channel, Reply Reply, DeliveryKey? Key, string Id)> history = [];

    public string Name => "console";

    public Crash CrashOnNextPost { get; set; }

    public DeliveryFailure? FailNextPost { get; set; }

    /// <summary>Runs while the next post is in flight, before the platform answers: what someone else does meanwhile.</summary>
    public Func<Task>? DuringNextPost { get; set; }

    public int Lookups { get; private set; }

    public IReadOnlyList<(ChannelAddress Channel, Reply Reply, DeliveryKey? Key, string Id)> History
    {
        get
        {
            lock (gate)
            {
                return [.. history];
            }
        }
    }

    public async Task<PostedMessage> PostAsync(ChannelAddress channel, Reply reply, DeliveryKey? key, CancellationToken cancellationToken)
    {
        if (DuringNextPost is { } meanwhile)
        {
            DuringNextPost = null;
            await meanwhile();
        }

        var crash = CrashOnNextPost;
        CrashOnNextPost = Crash.None;
        if (crash == Crash.BeforeAccepted)
        {
            throw new SimulatedCrashException("the process died before the platform took the post");
        }

        if (FailNextPost is { } failure)
        {
            FailNextPost = null;
            throw new ChatDeliveryException(failure, failure == DeliveryFailure.Transient ? "503 Service Unavailable" : "Missing Access (403): the bot cannot post in this channel");
        }

        string id;
        lock (gate)
        {
            id = $"m{history.Count + 1}";
            history.Add((channel, reply, key, id));
        }

        return crash == Crash.AfterAccepted
            ? throw new SimulatedCrashException("the process died after the platform took the post")
            : new PostedMessage(id);
    }

    public Task<PostedMessage?> FindDeliveryAsync(ChannelAddress channel, DeliveryKey key, CancellationToken cancellationToken)
    {
        Lookups++;
        lock (gate)
        {
            var found = history.FirstOrDefault(h => h.Channel == channel && h.Key == key);
            return Task.FromResult(found.Id is null ? null : new PostedMessage(found.Id));
        }
    }

    public enum Crash
    {
        None,
        BeforeAccepted,
        AfterAccepted,
    }
}
