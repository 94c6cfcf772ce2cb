using System.Text;
using BriefingBot.Ingestion.Extraction;

namespace BriefingBot.Ingestion.Tests.Extraction;

public sealed class TextDecoderTests
{
    [Fact]
    public void Decode_Windows1252Bytes_AreReadWithoutLoss()
    {
        byte[] bytes = [0x43, 0x6F, 0x73, 0x74, 0x20, 0xA3, 0x35, 0x30, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xE9]; // "Cost £50 – café"

        Assert.Equal("Cost £50 – café", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom() =>
        Assert.Equal("café", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("café")]));

    [Fact]
    public void Decode_DeclaredCharset_WinsOverDetection() =>
        Assert.Equal("Größe", TextDecoder.Decode(Encoding.Latin1.GetBytes("Größe"), "iso-8859-1"));

    [Fact]
    public void Decode_UnknownDeclaredCharset_FallsBackToDetection() =>
        Assert.Equal("plain", TextDecoder.Decode(Encoding.UTF8.GetBytes("plain"), "x-no-such-charset"));
}
