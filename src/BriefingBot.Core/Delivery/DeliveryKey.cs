using System.Globalization;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// The idempotency key of one scheduled briefing: subscription and slot. Short enough for Discord's 25-character
/// <c>nonce</c>; adapters also carry it in the message (embed footer, Slack metadata) so a post can be found again.
/// </summary>
public sealed record DeliveryKey(long SubscriptionId, DateTimeOffset Slot)
{
    /// <summary>"bb" + subscription id + "." + slot in Unix minutes, e.g. <c>bb12.29585760</c>.</summary>
    public string Value => string.Create(CultureInfo.InvariantCulture, $"bb{SubscriptionId}.{Slot.ToUnixTimeSeconds() / 60}");

    public override string ToString() => Value;
}
