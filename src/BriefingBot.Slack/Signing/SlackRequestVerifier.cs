using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Slack.Signing;

/// <summary>
/// Checks a request claims to be from Slack: both headers present, a timestamp within five minutes of now either
/// way, and <c>X-Slack-Signature</c> = <c>v0=</c> + hex HMAC-SHA256(signing secret, <c>v0:{timestamp}:{raw body}</c>),
/// compared in constant time. The clock is injected so Slack's documented (old) example can be checked.
/// </summary>
public sealed class SlackRequestVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    private const int SignatureHexLength = 64;

    /// <summary>Null when the request is genuine; otherwise why it is not (never echoes the secret or the expected signature).</summary>
    public string? Check(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return $"missing {SignatureHeader} or {TimestampHeader}";
        }

        if (RequestTimestamp.Check(timestamp, TimestampHeader, time.GetUtcNow(), options.Value.MaxClockSkew) is { } stale)
        {
            return stale;
        }

        if (!signature.StartsWith("v0=", StringComparison.Ordinal) || signature.Length != 3 + SignatureHexLength)
        {
            return "the signature is not a v0 HMAC-SHA256";
        }

        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return "Slack:SigningSecret is not set";
        }

        Span<byte> claimed = stackalloc byte[SignatureHexLength / 2];
        if (Convert.FromHexString(signature.AsSpan(3), claimed, out _, out var written) != OperationStatus.Done || written != claimed.Length)
        {
            return "the signature is not hex";
        }

        Span<byte> expected = stackalloc byte[SignatureHexLength / 2];
        Compute(secret, timestamp, body, expected);
        return CryptographicOperations.FixedTimeEquals(claimed, expected) ? null : "invalid signature";
    }

    /// <summary>The v0 signature of a body, as Slack computes it (the fake Slack servers sign with it too).</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        Span<byte> mac = stackalloc byte[SignatureHexLength / 2];
        Compute(secret, timestamp, body, mac);
        return "v0=" + Convert.ToHexStringLower(mac);
    }

    private static void Compute(string secret, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var prefix = "v0:" + timestamp + ":";
        var length = Encoding.UTF8.GetByteCount(prefix) + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(prefix, buffer);
            body.CopyTo(buffer.AsSpan(written));
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), buffer.AsSpan(0, length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
