using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Ingestion.Fetching;

/// <summary>The socket connect step of the feed client: resolves the host and connects only to allowed addresses.</summary>
internal static class GuardedConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, HttpFetchOptions options, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = new List<IPAddress>();
        string? refusal = null;
        foreach (var address in addresses)
        {
            var why = AddressGuard.Refusal(address, options);
            if (why is null)
            {
                allowed.Add(address);
            }
            else
            {
                refusal ??= $"{host} resolves to {address}, {why}";
            }
        }

        if (allowed.Count == 0)
        {
            throw new AddressRefusedException(refusal ?? $"{host} did not resolve to any address");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
