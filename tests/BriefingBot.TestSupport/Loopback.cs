using System.Net;
using System.Net.Sockets;

namespace BriefingBot.TestSupport;

/// <summary>Fake servers listen on 127.0.0.1 only, on a port the system has just handed out.</summary>
public static class Loopback
{
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
