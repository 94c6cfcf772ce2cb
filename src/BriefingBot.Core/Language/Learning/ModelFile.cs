using System.IO.Compression;
using System.Text;

namespace BriefingBot.Core.Language.Learning;

/// <summary>A model's binary form: a magic header and version, compressed with Brotli.</summary>
public static class ModelFile
{
    public static void Write(Stream stream, string magic, int version, Action<BinaryWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(magic);
        writer.Write(version);
        body(writer);
    }

    public static T Read<T>(Stream stream, string magic, int version, Func<BinaryReader, T> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(brotli, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        var found = reader.ReadString();
        var foundVersion = reader.ReadInt32();
        if (found != magic || foundVersion != version)
        {
            throw new InvalidDataException($"Not a {magic} v{version} model (found {found} v{foundVersion}).");
        }

        return body(reader);
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(values.Count);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }
}
