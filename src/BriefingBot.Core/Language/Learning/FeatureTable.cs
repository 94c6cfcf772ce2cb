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
        : this(keys.Length, entries)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(lengths);
        for (var i = 0; i < keys.Length; i++)
        {
            slots[Insert(keys[i])] = new Slot(Key(keys[i]), starts[i], lengths[i]);
        }
    }

    private FeatureTable(int count, Entry[] entries)
    {
        Count = count;
        Entries = entries;
        var capacity = 16;
        while (capacity < count * 2)
        {
            capacity <<= 1;
        }

        slots = new Slot[capacity];
        mask = capacity - 1;
    }

    // Only the slots are kept once they are built (the key, start and length arrays would double the memory of a
    // loaded model); saving reads the features back from them in the order of their entries.
    public int Count { get; }

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
        ArgumentNullException.ThrowIfNull(writer);
        var features = slots.Where(slot => slot.Key != 0).OrderBy(slot => slot.Start).ThenBy(slot => slot.Key).ToArray();
        var keys = features.Select(slot => slot.Key).ToArray();
        var starts = features.Select(slot => slot.Start).ToArray();
        var lengths = features.Select(slot => (ushort)slot.Length).ToArray();
        writer.Write(keys.Length);
        writer.Write(Entries.Length);
        writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(starts.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(lengths.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(Entries.AsSpan()));
    }

    /// <summary>
    /// Reads a saved table straight into its slots, a block of keys, starts and lengths at a time, so loading never
    /// holds those arrays whole (they would double a model's memory until the next full collection).
    /// </summary>
    public static FeatureTable Load(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var entryCount = reader.ReadInt32();
        var table = new FeatureTable(count, new Entry[entryCount]);
        var at = new int[count];
        var buffer = new byte[LoadBlock * sizeof(ulong)];
        ReadBlocks<ulong>(reader, count, buffer, (i, key) => at[i] = table.Claim(key));
        ReadBlocks<int>(reader, count, buffer, (i, start) => table.slots[at[i]] = table.slots[at[i]] with { Start = start });
        ReadBlocks<ushort>(reader, count, buffer, (i, length) => table.slots[at[i]] = table.slots[at[i]] with { Length = length });
        ReadExactly(reader, MemoryMarshal.AsBytes(table.Entries.AsSpan()));
        return table;
    }

    private const int LoadBlock = 8192;

    private static void ReadBlocks<T>(BinaryReader reader, int count, byte[] buffer, Action<int, T> take)
        where T : unmanaged
    {
        var perBlock = buffer.Length / Unsafe.SizeOf<T>();
        for (var done = 0; done < count; done += perBlock)
        {
            var block = Math.Min(perBlock, count - done);
            var bytes = buffer.AsSpan(0, block * Unsafe.SizeOf<T>());
            ReadExactly(reader, bytes);
            var values = MemoryMarshal.Cast<byte, T>(bytes);
            for (var i = 0; i < values.Length; i++)
            {
                take(done + i, values[i]);
            }
        }
    }

    // The free slot a feature goes in (its probe sequence's first empty one), marked with its key.
    private int Claim(ulong feature)
    {
        var at = Insert(feature);
        slots[at] = new Slot(Key(feature), 0, 0);
        return at;
    }

    private int Insert(ulong feature)
    {
        var key = Key(feature);
        var at = (int)(key & (ulong)mask);
        while (slots[at].Key != 0)
        {
            at = (at + 1) & mask;
        }

        return at;
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
