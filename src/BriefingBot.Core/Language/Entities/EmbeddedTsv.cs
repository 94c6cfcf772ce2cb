namespace BriefingBot.Core.Language.Entities;

/// <summary>Reads the two-column data files embedded in this assembly (<c># comments</c> and blank lines skipped).</summary>
internal static class EmbeddedTsv
{
    public static IEnumerable<(string First, string Second)> Read(string resource)
    {
        using var stream = typeof(EmbeddedTsv).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                yield return (line[..tab], line[(tab + 1)..]);
            }
        }
    }
}
