using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace BriefingBot.Discord.Tests.Interactions;

/// <summary>Signs requests the way Discord does, with the RFC 8032 test key, so tests can make genuine ones.</summary>
public static class Signer
{
    public static string Sign(string timestamp, string body)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, new Ed25519PrivateKeyParameters(Convert.FromHexString(Vectors.RfcSecretKey), 0));
        var message = Encoding.UTF8.GetBytes(timestamp + body);
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
