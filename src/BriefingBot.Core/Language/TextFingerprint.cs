using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Core.Language;

/// <summary>
/// Fingerprints for recognizing the same text twice: an exact hash of the normalized words, and a 64-bit
/// SimHash of word 3-shingles whose Hamming distance stays small between near-duplicates (the same wire
/// story with another headline, byline or a sentence changed).
/// </summary>
public static class TextFingerprint
{
    /// <summary>
    /// Bits two SimHashes may differ by and still be near-duplicates. A single changed word in a 90-word
    /// story moves about four bits, so the classic 3 (tuned on long web pages) is too strict for news items.
    /// </summary>
    public const int NearDuplicateDistance = 6;

    /// <summary>Number of bands (one 10-bit, six 9-bit): two hashes within <see cref="NearDuplicateDistance"/> bits agree on at least one.</summary>
    public const int BandCount = NearDuplicateDistance + 1;

    /// <summary>SHA-256 (hex, 32 chars) of the lower-cased words, so case and punctuation do not matter.</summary>
    public static string ContentHash(string text)
    {
        var normalized = string.Join(' ', Tokenizer.Words(text)).ToLowerInvariant();
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The SimHash of the text's lower-cased word 3-shingles.</summary>
    public static ulong SimHash(string text)
    {
        var words = Tokenizer.Words(text);
        Span<int> weights = stackalloc int[64];
        var shingles = Math.Max(1, words.Count - 2);
        for (var i = 0; i < shingles; i++)
        {
            var hash = 14695981039346656037UL; // FNV-1a offset basis
            for (var w = i; w < Math.Min(i + 3, words.Count); w++)
            {
                foreach (var c in words[w])
                {
                    hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            hash = Mix(hash);
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        var result = 0UL;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return result;
    }

    /// <summary>Number of differing bits.</summary>
    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    /// <summary>Band <paramref name="index"/> of a SimHash: the bits a near-duplicate must match somewhere.</summary>
    public static int Band(ulong simHash, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, BandCount);
        var width = 64 / BandCount;
        var extra = 64 % BandCount; // the first bands are one bit wider
        var offset = (index * width) + Math.Min(index, extra);
        var bits = width + (index < extra ? 1 : 0);
        return (int)((simHash >> offset) & ((1UL << bits) - 1));
    }

    // SplitMix64 finalizer: spreads FNV's weak low bits over all 64.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
