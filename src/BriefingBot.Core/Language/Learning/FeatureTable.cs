using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace BriefingBot.Core.Language.Learning;

/// <summary>
/// The frozen weights of a perceptron: an open-addressing hash table from feature key to a run of
/// (class, weight) entries. One probe usually touches one cache line, which is what makes tagging and
/// parsing fast; the arrays are saved and loaded in bulk.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Slot[] slots;
    private readonly int mask;

    public FeatureTable(ulong[] keys, int[] starts, ushort[] lengths, Entry[] entries)
    {
        Keys = keys;
        Starts = starts;
        Lengths = lengths;
        Entries = entries;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity <<= 1;
        }

        slots = new Slot[capacity];
        mask = capacity - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var key = Key(keys[i]);
            var at = (int)(key & (ulong)mask);
            while (slots[at].Key != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = new Slot(key, starts[i], lengths[i]);
        }
    }

    public int Count => Keys.Length;

    public ulong[] Keys { get; }

    public int[] Starts { get; }

    public ushort[] Lengths { get; }

    public Entry[] Entries { get; }

    public void Accumulate(ulong feature, Span<float> scores)
    {
        var at = Find(Key(feature));
        if (at >= 0)
        {
            AddWeights(at, scores);
        }
    }

    /// <summary>
    /// Adds the weights of every feature into <paramref name="scores"/>. The table is far larger than the
    /// cache, so each lookup is a memory miss or two (the slot, then its entries); asking for all the slots
    /// first, then all the entries, lets those misses overlap instead of waiting for them one at a time.
    /// </summary>
    [SkipLocalsInit]
    public void AccumulateAll(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (!Sse.IsSupported || features.Length > MaxBatch)
        {
            foreach (var feature in features)
            {
                Accumulate(feature, scores);
            }

            return;
        }

        Span<int> found = stackalloc int[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            Prefetch(ref slots[(int)(Key(features[i]) & (ulong)mask)]);
        }

        for (var i = 0; i < features.Length; i++)
        {
            found[i] = Find(Key(features[i]));
            if (found[i] >= 0)
            {
                Prefetch(ref Entries[slots[found[i]].Start]);
            }
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (found[i] >= 0)
            {
                AddWeights(found[i], scores);
            }
        }
    }

    public void Save(BinaryWriter writer)
    {
        writer.Write(Keys.Length);
        writer.Write(Entries.Length);
        writer.Write(MemoryMarshal.AsBytes(Keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Starts.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Lengths.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Entries.AsSpan()));
    }

    public static FeatureTable Load(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var entryCount = reader.ReadInt32();
        var keys = new ulong[count];
        var starts = new int[count];
        var lengths = new ushort[count];
        var entries = new Entry[entryCount];
        ReadExactly(reader, MemoryMarshal.AsBytes(keys.AsSpan()));
        ReadExactly(reader, MemoryMarshal.AsBytes(starts.AsSpan()));
        ReadExactly(reader, MemoryMarshal.AsBytes(lengths.AsSpan()));
        ReadExactly(reader, MemoryMarshal.AsBytes(entries.AsSpan()));
        return new FeatureTable(keys, starts, lengths, entries);
    }

    private const int MaxBatch = 128;

    private static ulong Key(ulong feature) => feature == 0 ? 1UL : feature;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddWeights(int at, Span<float> scores)
    {
        ref readonly var slot = ref slots[at];
        foreach (var entry in Entries.AsSpan(slot.Start, slot.Length))
        {
            scores[entry.Class] += entry.Weight;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong key)
    {
        var at = (int)(key & (ulong)mask);
        while (true)
        {
            var slotKey = slots[at].Key;
            if (slotKey == key)
            {
                return at;
            }

            if (slotKey == 0)
            {
                return -1;
            }

            at = (at + 1) & mask;
        }
    }

    private static unsafe void Prefetch<T>(ref T target) => Sse.Prefetch0(Unsafe.AsPointer(ref target));

    private static void ReadExactly(BinaryReader reader, Span<byte> target)
    {
        while (target.Length > 0)
        {
            var read = reader.Read(target);
            if (read == 0)
            {
                throw new EndOfStreamException("The model file ends early.");
            }

            target = target[read..];
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    public readonly record struct Entry(ushort Class, float Weight);

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, int Start, int Length);
}
