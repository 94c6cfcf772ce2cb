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

    public static bool TryParse(string? text, out DeliveryKey? key)
    {
        key = null;
        if (text is null || !text.StartsWith("bb", StringComparison.Ordinal))
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot < 3
            || !long.TryParse(text.AsSpan(2, dot - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > DateTimeOffset.MaxValue.ToUnixTimeSeconds() / 60)
        {
            return false;
        }

        key = new DeliveryKey(id, DateTimeOffset.FromUnixTimeSeconds(minutes * 60));
        return true;
    }

    public override string ToString() => Value;
}
