using System.Text;
using BriefingBot.Discord.Interactions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Interactions;

public sealed class InteractionVerifierTests
{
    private static InteractionVerifier Verifier(string publicKey, string timestamp) =>
        new(Options.Create(new DiscordOptions { PublicKey = publicKey }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture)).AddSeconds(2)));

    [Fact]
    public void Ed25519_Rfc8032Test1_EmptyMessage_Verifies()
    {
        Assert.True(Ed25519Signature.Verify(Vectors.RfcPublicKey, Vectors.RfcEmptyMessageSignature, []));
        Assert.False(Ed25519Signature.Verify(Vectors.RfcPublicKey, Vectors.RfcEmptyMessageSignature, [0]));
    }

    [Fact]
    public void Check_RfcKeySignedPing_IsGenuine()
    {
        Assert.Null(Verifier(Vectors.RfcPublicKey, Vectors.RfcPingTimestamp).Check(Vectors.RfcPingSignature, Vectors.RfcPingTimestamp, Encoding.UTF8.GetBytes(Vectors.RfcPingBody)));
    }

    [Fact]
    public void Check_PingDiscordSigned_IsGenuine()
    {
        var verifier = Verifier(Vectors.DiscordPublicKey, Vectors.DiscordTimestampValid);

        Assert.Null(verifier.Check(Vectors.DiscordSignatureValid, Vectors.DiscordTimestampValid, Encoding.UTF8.GetBytes(Vectors.DiscordBodyValid)));
    }

    [Fact]
    public void Check_DiscordsInvalidPair_IsRefused()
    {
        var verifier = Verifier(Vectors.DiscordPublicKey, Vectors.DiscordTimestampInvalid);

        Assert.Equal("invalid signature", verifier.Check(Vectors.DiscordSignatureInvalid, Vectors.DiscordTimestampInvalid, Encoding.UTF8.GetBytes(Vectors.DiscordBodyInvalid)));
    }

    [Fact]
    public void Check_TamperedBody_IsRefused()
    {
        var body = Encoding.UTF8.GetBytes(Vectors.DiscordBodyValid.Replace("miles", "milez", StringComparison.Ordinal));

        Assert.Equal("invalid signature", Verifier(Vectors.DiscordPublicKey, Vectors.DiscordTimestampValid).Check(Vectors.DiscordSignatureValid, Vectors.DiscordTimestampValid, body));
    }

    [Fact]
    public void Check_TamperedTimestamp_IsRefused()
    {
        var verifier = Verifier(Vectors.DiscordPublicKey, Vectors.DiscordTimestampValid);

        Assert.Equal("invalid signature", verifier.Check(Vectors.DiscordSignatureValid, "1657322077", Encoding.UTF8.GetBytes(Vectors.DiscordBodyValid)));
    }

    [Theory]
    [InlineData(null, "1657322078", "missing")]
    [InlineData("abcd", null, "missing")]
    [InlineData("", "1657322078", "missing")]
    [InlineData("zz4ab5f09cce30c7f7f4ab4b47c311f0ce83dd8fec06d34e402c44d64223be5016f95339e64bdabcbd395e9147afe3f8cd024868330ab41014ae51b5573a009", "1657322078", "invalid signature")]
    [InlineData("28b4ab5f", "1657322078", "invalid signature")]
    [InlineData("28b4ab5f09cce30c7f7f4ab4b47c311f0ce83dd8fec06d34e402c44d64223be5016f95339e64bdabcbd395e9147afe3f8cd024868330ab41014ae51b5573a009", "soon", "not a Unix time")]
    public void Check_MissingOrMalformedHeaders_AreRefused(string? signature, string? timestamp, string expected)
    {
        var refusal = Verifier(Vectors.DiscordPublicKey, Vectors.DiscordTimestampValid).Check(signature, timestamp, Encoding.UTF8.GetBytes(Vectors.DiscordBodyValid));

        Assert.Contains(expected, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GenuineButOld_IsRefusedAsAReplay()
    {
        var verifier = new InteractionVerifier(Options.Create(new DiscordOptions { PublicKey = Vectors.DiscordPublicKey }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1657322078).AddMinutes(6)));

        Assert.Contains("too far from now", verifier.Check(Vectors.DiscordSignatureValid, Vectors.DiscordTimestampValid, Encoding.UTF8.GetBytes(Vectors.DiscordBodyValid)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-hex-at-all")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    public void Check_BadConfiguredKey_RefusesEverything(string? publicKey)
    {
        var verifier = new InteractionVerifier(Options.Create(new DiscordOptions { PublicKey = publicKey }), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1700000001)));

        Assert.NotNull(verifier.Check(Vectors.RfcPingSignature, Vectors.RfcPingTimestamp, Encoding.UTF8.GetBytes(Vectors.RfcPingBody)));
    }
}
