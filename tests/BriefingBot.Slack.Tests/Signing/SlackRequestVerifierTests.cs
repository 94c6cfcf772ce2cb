using System.Text;
using BriefingBot.Slack.Signing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Slack.Tests.Signing;

public sealed class SlackRequestVerifierTests
{
    private static readonly DateTimeOffset Signed = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Vectors.Timestamp, System.Globalization.CultureInfo.InvariantCulture));

    private static SlackRequestVerifier Verifier(DateTimeOffset now) =>
        new(Options.Create(new SlackOptions { SigningSecret = Vectors.SigningSecret }), new FakeTimeProvider(now));

    [Fact]
    public void Check_SlacksDocumentedExample_IsGenuine()
    {
        Assert.Null(Verifier(Signed.AddSeconds(30)).Check(Vectors.Signature, Vectors.Timestamp, Encoding.UTF8.GetBytes(Vectors.Body)));
    }

    [Fact]
    public void Sign_SlacksDocumentedExample_GivesTheDocumentedSignature()
    {
        Assert.Equal(Vectors.Signature, SlackRequestVerifier.Sign(Vectors.SigningSecret, Vectors.Timestamp, Encoding.UTF8.GetBytes(Vectors.Body)));
    }

    [Fact]
    public void Check_TamperedBody_IsRefused()
    {
        var tampered = Vectors.Body.Replace("text=&", "text=%3C%21channel%3E&", StringComparison.Ordinal);

        Assert.Equal("invalid signature", Verifier(Signed).Check(Vectors.Signature, Vectors.Timestamp, Encoding.UTF8.GetBytes(tampered)));
    }

    [Fact]
    public void Check_AnotherSecret_IsRefused()
    {
        var verifier = new SlackRequestVerifier(Options.Create(new SlackOptions { SigningSecret = "some-other-secret" }), new FakeTimeProvider(Signed));

        Assert.Equal("invalid signature", verifier.Check(Vectors.Signature, Vectors.Timestamp, Encoding.UTF8.GetBytes(Vectors.Body)));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(86_400)]
    public void Check_TimestampMoreThanFiveMinutesFromNow_IsRefusedAsAReplay(int secondsFromSigning)
    {
        var refusal = Verifier(Signed.AddSeconds(secondsFromSigning)).Check(Vectors.Signature, Vectors.Timestamp, Encoding.UTF8.GetBytes(Vectors.Body));

        Assert.Contains("too far from now", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    public void Check_TimestampWithinFiveMinutesEitherWay_IsAccepted(int secondsFromSigning)
    {
        Assert.Null(Verifier(Signed.AddSeconds(secondsFromSigning)).Check(Vectors.Signature, Vectors.Timestamp, Encoding.UTF8.GetBytes(Vectors.Body)));
    }

    [Theory]
    [InlineData(null, Vectors.Timestamp, "missing")]
    [InlineData(Vectors.Signature, null, "missing")]
    [InlineData("", "", "missing")]
    [InlineData(Vectors.Signature, "yesterday", "not a Unix time")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Vectors.Timestamp, "not a v0")]
    [InlineData("v0=a2114d57", Vectors.Timestamp, "not a v0")]
    [InlineData("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Vectors.Timestamp, "not hex")]
    public void Check_MissingOrMalformedHeaders_AreRefused(string? signature, string? timestamp, string reason)
    {
        var refusal = Verifier(Signed).Check(signature, timestamp, Encoding.UTF8.GetBytes(Vectors.Body));

        Assert.Contains(reason, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(Vectors.SigningSecret, refusal, StringComparison.Ordinal);
    }
}
