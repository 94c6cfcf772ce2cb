using System.Text.RegularExpressions;
using BriefingBot.Core.Language.Corpus;

namespace BriefingBot.Host.Cli.Nlp;

/// <summary>
/// The annotated corpora under <c>--corpus</c>: UD English EWT (<c>ud-english-ewt/en_ewt-ud-{train,dev,test}.conllu</c>)
/// and GUM (<c>gum/*.conllu</c>, split by <c>gum/splits.md</c>). Training uses EWT train and GUM train;
/// evaluation uses the test splits.
/// </summary>
internal sealed partial class NlpCorpus(string root)
{
    public string EwtDirectory => Path.Combine(root, "ud-english-ewt");

    public string GumDirectory => Path.Combine(root, "gum");

    public void Validate()
    {
        foreach (var file in (string[])["en_ewt-ud-train.conllu", "en_ewt-ud-test.conllu"])
        {
            if (!File.Exists(Path.Combine(EwtDirectory, file)))
            {
                throw new UsageException($"nlp: {Path.Combine(EwtDirectory, file)} not found; --corpus must hold ud-english-ewt/ and gum/.");
            }
        }
    }

    public List<ConlluSentence> Ewt(string split) => Read(Path.Combine(EwtDirectory, $"en_ewt-ud-{split}.conllu"));

    /// <summary>GUM documents of a split ("train", "dev", "test"); train is every document not named under dev or test.</summary>
    public List<(string Document, List<ConlluSentence> Sentences)> Gum(string split)
    {
        if (!Directory.Exists(GumDirectory))
        {
            return [];
        }

        var named = Splits();
        return Directory.GetFiles(GumDirectory, "*.conllu")
            .Order(StringComparer.Ordinal)
            .Select(f => (Document: Path.GetFileNameWithoutExtension(f), File: f))
            .Where(d => split == "train"
                ? !named["dev"].Contains(d.Document) && !named["test"].Contains(d.Document)
                : named.GetValueOrDefault(split, []).Contains(d.Document))
            .Select(d => (d.Document, Read(d.File)))
            .ToList();
    }

    private Dictionary<string, HashSet<string>> Splits()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { ["dev"] = [], ["test"] = [] };
        var path = Path.Combine(GumDirectory, "splits.md");
        if (!File.Exists(path))
        {
            return result;
        }

        string? section = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                result.TryAdd(section, []);
            }
            else if (section is not null)
            {
                foreach (Match match in DocumentName().Matches(line))
                {
                    result[section].Add(match.Value);
                }
            }
        }

        return result;
    }

    private static List<ConlluSentence> Read(string path)
    {
        using var reader = File.OpenText(path);
        return Conllu.Read(reader).ToList();
    }

    [GeneratedRegex("GUM_[a-z]+_[a-z0-9]+")]
    private static partial Regex DocumentName();
}
