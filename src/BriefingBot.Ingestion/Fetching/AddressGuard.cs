using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Ingestion.Fetching;

/// <summary>
/// Decides which addresses a fetch may connect to (the SSRF guard). Checked on the resolved address at
/// connect time, so redirects and DNS tricks cannot route around it.
/// </summary>
public static class AddressGuard
{
    /// <summary>Why an address is refused, or null when it is allowed.</summary>
    public static string? Refusal(IPAddress address, HttpFetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return options.AllowLoopback ? null : "a loopback address";
        }

        var kind = InternalKind(address);
        return kind is null || options.AllowPrivateNetworks ? null : kind;
    }

    private static string? InternalKind(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return (b[0], b[1]) switch
            {
                (0, _) => "an unspecified address",
                (10, _) => "a private address",
                (172, >= 16 and <= 31) => "a private address",
                (192, 168) => "a private address",
                (169, 254) => "a link-local address (cloud metadata lives here)",
                (100, >= 64 and <= 127) => "a carrier-grade NAT address",
                (192, 0) when b[2] == 0 => "a reserved address",
                (198, 18 or 19) => "a benchmarking address",
                ( >= 224, _) => "a multicast or reserved address",
                _ => null,
            };
        }

        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
        {
            return "an unspecified address";
        }

        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "a link-local address";
        }

        if (address.IsIPv6Multicast)
        {
            return "a multicast address";
        }

        var first = address.GetAddressBytes()[0];
        return (first & 0xFE) == 0xFC ? "a private (unique local) address" : null;
    }
}
