using System.Net;

namespace BriefingBot.Ingestion.Tests;

/// <summary>A real HTTP server on 127.0.0.1 and a free port, answering with the test's handler.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerContext, Task> handler;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int requests;

    public LoopbackServer(Func<HttpListenerContext, Task> handler)
    {
        this.handler = handler;
        Port = Loopback.FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public int Requests => Volatile.Read(ref requests);

    public Uri Url(string path = "/") => new($"http://127.0.0.1:{Port}{path}");

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Close();
        try
        {
            await loop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is ObjectDisposedException or HttpListenerException or TimeoutException)
        {
            // Closing the listener ends the accept loop with one of these.
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is ObjectDisposedException or HttpListenerException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref requests);
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(context);
                    context.Response.Close();
                }
                catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    // The client gave up (size cap, timeout): that is what the test provokes.
                }
            });
        }
    }
}
