using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Language.Corpus;

/// <summary>Reads and writes CoNLL-U (universaldependencies.org/format.html).</summary>
public static class Conllu
{
    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentence = new ConlluSentence();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (sentence.Tokens.Count > 0)
                {
                    yield return sentence;
                }

                sentence = new ConlluSentence();
                continue;
            }

            if (line[0] == '#')
            {
                sentence.Comments.Add(line);
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"CoNLL-U line {lineNumber}: expected 10 tab-separated columns, found {columns.Length}");
            }

            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                sentence.OtherLines.Add((sentence.Tokens.Count, line));
                continue;
            }

            if (!int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new FormatException($"CoNLL-U line {lineNumber}: '{columns[0]}' is not a word index");
            }

            sentence.Tokens.Add(new ConlluToken
            {
                Id = id,
                Form = columns[1],
                Lemma = columns[2],
                Upos = columns[3],
                Xpos = columns[4],
                Feats = columns[5],
                Head = int.TryParse(columns[6], NumberStyles.None, CultureInfo.InvariantCulture, out var head) ? head : -1,
                DepRel = columns[7],
                Deps = columns[8],
                Misc = columns[9],
            });
        }

        if (sentence.Tokens.Count > 0)
        {
            yield return sentence;
        }
    }

    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (var comment in sentence.Comments)
        {
            writer.WriteLine(comment);
        }

        var other = 0;
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            while (other < sentence.OtherLines.Count && sentence.OtherLines[other].BeforeToken == i)
            {
                writer.WriteLine(sentence.OtherLines[other++].Line);
            }

            var t = sentence.Tokens[i];
            var line = new StringBuilder();
            line.Append(t.Id.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(t.Form).Append('\t').Append(t.Lemma).Append('\t')
                .Append(t.Upos).Append('\t').Append(t.Xpos).Append('\t').Append(t.Feats).Append('\t')
                .Append(t.Head < 0 ? "_" : t.Head.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(t.DepRel).Append('\t')
                .Append(t.Deps).Append('\t').Append(t.Misc);
            writer.WriteLine(line.ToString());
        }

        while (other < sentence.OtherLines.Count)
        {
            writer.WriteLine(sentence.OtherLines[other++].Line);
        }

        writer.WriteLine();
    }
}
