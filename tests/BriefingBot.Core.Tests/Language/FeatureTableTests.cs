using BriefingBot.Core.Language.Learning;

namespace BriefingBot.Core.Tests.Language;

public sealed class FeatureTableTests
{
    private const int Classes = 5;

    // 300 keys whose low bits collide in runs of three, so lookups must walk past other keys' slots.
    private static (FeatureTable Table, Dictionary<ulong, float[]> Weights) Build()
    {
        var random = new Random(7);
        var keys = new List<ulong>();
        var starts = new List<int>();
        var lengths = new List<ushort>();
        var entries = new List<FeatureTable.Entry>();
        var weights = new Dictionary<ulong, float[]>();
        for (var i = 0; i < 300; i++)
        {
            var key = ((ulong)(uint)(i + 1) << 40) | (uint)(2 + (i / 3));
            var row = new float[Classes];
            starts.Add(entries.Count);
            foreach (var c in Enumerable.Range(0, Classes).Where(_ => random.NextDouble() < 0.6))
            {
                row[c] = (float)Math.Round(random.NextDouble() - 0.5, 3);
                entries.Add(new FeatureTable.Entry((ushort)c, row[c]));
            }

            keys.Add(key);
            lengths.Add((ushort)(entries.Count - starts[^1]));
            weights[key] = row;
        }

        return (new FeatureTable([.. keys], [.. starts], [.. lengths], [.. entries]), weights);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(200)] // more features than one prefetched batch
    public void AccumulateAll_AddsTheSameWeightsAsOneLookupAtATime(int featureCount)
    {
        var (table, weights) = Build();
        var random = new Random(featureCount);
        var known = weights.Keys.ToArray();
        var features = Enumerable.Range(0, featureCount)
            .Select(i => i % 4 == 3 ? (ulong)random.NextInt64() | (1UL << 62) : known[random.Next(known.Length)]) // every fourth is absent
            .ToArray();
        var expected = new float[Classes];
        foreach (var feature in features.Where(weights.ContainsKey))
        {
            for (var c = 0; c < Classes; c++)
            {
                expected[c] += weights[feature][c];
            }
        }

        var batched = new float[Classes];
        table.AccumulateAll(features, batched);
        var single = new float[Classes];
        foreach (var feature in features)
        {
            table.Accumulate(feature, single);
        }

        Assert.Equal(single, batched);
        Assert.Equal(expected, batched, (a, b) => Math.Abs(a - b) < 1e-4);
        Assert.Contains(batched, s => s != 0);
    }

    [Fact]
    public void SaveAndLoad_KeepEveryFeaturesWeights_AndSaveTheSameBytesAgain()
    {
        var (table, weights) = Build();
        var saved = Save(table);

        using var reader = new BinaryReader(new MemoryStream(saved));
        var loaded = FeatureTable.Load(reader);

        Assert.Equal(table.Count, loaded.Count);
        foreach (var (key, row) in weights)
        {
            var scores = new float[Classes];
            loaded.Accumulate(key, scores);
            Assert.Equal(row, scores);
        }

        Assert.Equal(saved, Save(loaded));
    }

    private static byte[] Save(FeatureTable table)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            table.Save(writer);
        }

        return stream.ToArray();
    }
}
