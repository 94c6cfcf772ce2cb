using System.Net;
using System.Text;

namespace BriefingBot.IntegrationTests.Scheduling;

/// <summary>An RSS feed on 127.0.0.1 whose items the test can change between polls.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;
    private volatile string items = string.Empty;
    private HeldRequest? hold;
    private int requests;

    public FeedServer()
    {
        Port = Loopback.FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/rss.xml";

    public int Requests => Volatile.Read(ref requests);

    public void Publish(string title, string link, string description) =>
        items += $"<item><title>{title}</title><link>{link}</link><description>{description}</description></item>";

    /// <summary>Makes the next request wait, once it has arrived, until the test releases it: a poll to act during.</summary>
    public HeldRequest HoldNextRequest()
    {
        var held = new HeldRequest();
        Volatile.Write(ref hold, held);
        return held;
    }

    public async ValueTask DisposeAsync()
    {
        Volatile.Read(ref hold)?.Release();
        listener.Close();
        try
        {
            await loop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is ObjectDisposedException or HttpListenerException)
        {
            // Closing the listener ends the loop.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref requests);
            if (Interlocked.Exchange(ref hold, null) is { } held)
            {
                await held.ArriveAndWaitAsync();
            }

            var body = Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>Loopback Ledger</title>{items}</channel></rss>");
            context.Response.ContentType = "application/rss+xml";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}

/// <summary>A request the feed server holds: <see cref="Arrived"/> completes when it comes in, and it is answered once released.</summary>
public sealed class HeldRequest
{
    private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Arrived => arrived.Task;

    public void Release() => released.TrySetResult();

    internal Task ArriveAndWaitAsync()
    {
        arrived.TrySetResult();
        return released.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }
}
