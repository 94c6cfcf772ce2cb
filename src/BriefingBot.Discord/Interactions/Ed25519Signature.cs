using System.Globalization;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace BriefingBot.Discord.Interactions;

/// <summary>Ed25519 verification (BouncyCastle): Discord signs the timestamp followed by the raw body.</summary>
public static class Ed25519Signature
{
    /// <summary>True when <paramref name="signatureHex"/> is a valid signature of <paramref name="message"/>; false for any malformed input.</summary>
    public static bool Verify(string? publicKeyHex, string? signatureHex, ReadOnlySpan<byte> message)
    {
        if (!TryHex(publicKeyHex, 32, out var key) || !TryHex(signatureHex, 64, out var signature))
        {
            return false;
        }

        try
        {
            var verifier = new Ed25519Signer();
            verifier.Init(false, new Ed25519PublicKeyParameters(key, 0));
            verifier.BlockUpdate(message);
            return verifier.VerifySignature(signature);
        }
        catch (ArgumentException)
        {
            return false; // not a point on the curve
        }
    }

    private static bool TryHex(string? hex, int length, out byte[] bytes)
    {
        bytes = [];
        if (hex is null || hex.Length != length * 2)
        {
            return false;
        }

        var buffer = new byte[length];
        for (var i = 0; i < length; i++)
        {
            if (!byte.TryParse(hex.AsSpan(i * 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out buffer[i]))
            {
                return false;
            }
        }

        bytes = buffer;
        return true;
    }
}
