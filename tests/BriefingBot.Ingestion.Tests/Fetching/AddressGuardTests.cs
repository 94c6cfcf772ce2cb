using System.Net;
using BriefingBot.Ingestion.Fetching;

namespace BriefingBot.Ingestion.Tests.Fetching;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("224.0.0.1")]
    public void Refusal_InternalAddressByDefault_IsRefused(string address) =>
        Assert.NotNull(AddressGuard.Refusal(IPAddress.Parse(address), new HttpFetchOptions()));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("172.32.0.1")]
    public void Refusal_PublicAddress_IsAllowed(string address) =>
        Assert.Null(AddressGuard.Refusal(IPAddress.Parse(address), new HttpFetchOptions()));

    [Fact]
    public void Refusal_Settings_AllowOnlyWhatTheyName()
    {
        var loopbackOnly = new HttpFetchOptions { AllowLoopback = true };

        Assert.Null(AddressGuard.Refusal(IPAddress.Loopback, loopbackOnly));
        Assert.NotNull(AddressGuard.Refusal(IPAddress.Parse("169.254.169.254"), loopbackOnly));
        Assert.Null(AddressGuard.Refusal(IPAddress.Parse("10.0.0.1"), new HttpFetchOptions { AllowPrivateNetworks = true }));
    }
}
