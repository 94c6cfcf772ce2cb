using System.Buffers;
using System.Text;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Checks a request claims to be from Discord: both headers present, a fresh timestamp (replays of an old
/// request are refused), and an Ed25519 signature over the timestamp and the raw body.
/// </summary>
public sealed class InteractionVerifier(IOptions<DiscordOptions> options, TimeProvider time)
{
    /// <summary>Null when the request is genuine; otherwise why it is not (never echoes the key).</summary>
    public string? Check(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return "missing X-Signature-Ed25519 or X-Signature-Timestamp";
        }

        if (RequestTimestamp.Check(timestamp, "X-Signature-Timestamp", time.GetUtcNow(), options.Value.MaxClockSkew) is { } stale)
        {
            return stale;
        }

        var length = timestamp.Length + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.ASCII.GetBytes(timestamp, buffer);
            body.CopyTo(buffer.AsSpan(written));
            return Ed25519Signature.Verify(options.Value.PublicKey, signature, buffer.AsSpan(0, length)) ? null : "invalid signature";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
