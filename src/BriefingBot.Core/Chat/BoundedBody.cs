namespace BriefingBot.Core.Chat;

/// <summary>Reads a request body whole, but never more than a cap: an oversized payload is refused, not buffered.</summary>
public static class BoundedBody
{
    /// <summary>
    /// The body's bytes, or null when it is longer than <paramref name="maxBytes"/>: refused at once when the declared
    /// length says so, else as soon as the bytes read pass the cap (a chunked body declares nothing).
    /// </summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (declaredLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
