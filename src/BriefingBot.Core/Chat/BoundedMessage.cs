using System.Net.WebSockets;

namespace BriefingBot.Core.Chat;

/// <summary>Reads one WebSocket message whole, but never more than a cap (the platforms' gateways send JSON messages).</summary>
public static class BoundedMessage
{
    /// <summary>The message's bytes, or null when the other side closed; a message over the cap is a <see cref="WebSocketException"/>.</summary>
    public static async Task<byte[]?> ReceiveAsync(WebSocket socket, int maxBytes, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            if (buffer.Length > maxBytes)
            {
                throw new WebSocketException($"a {source} message over {maxBytes / (1024 * 1024)} MB");
            }

            if (result.EndOfMessage)
            {
                return buffer.ToArray();
            }
        }
    }
}
