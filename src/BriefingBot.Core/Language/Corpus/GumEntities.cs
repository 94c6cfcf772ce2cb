using BriefingBot.Core.Language.Entities;

namespace BriefingBot.Core.Language.Corpus;

/// <summary>
/// Reads GUM's entity annotation from the MISC column: <c>Entity=(12-person-…</c> opens mention 12 of type person,
/// <c>12)</c> closes it, <c>(12-person-…)</c> is a one-word mention; several brackets may share a word. The id is
/// the coreference chain the mention belongs to.
/// </summary>
public static class GumEntities
{
    /// <summary>Every mention of the sentence: 0-based start, exclusive end, type and chain id.</summary>
    public static List<(int Start, int End, string Type, string Id)> Mentions(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mentions = new List<(int Start, int End, string Type, string Id)>();
        var open = new List<(string Id, string Type, int Start)>();
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            var value = Field(sentence.Tokens[i].Misc, "Entity");
            var at = 0;
            while (value is not null && at < value.Length)
            {
                if (value[at] == '(')
                {
                    var end = value.IndexOfAny(['(', ')'], at + 1);
                    var body = end < 0 ? value[(at + 1)..] : value[(at + 1)..end];
                    var parts = body.Split('-');
                    if (parts.Length >= 2)
                    {
                        if (end >= 0 && value[end] == ')')
                        {
                            mentions.Add((i, i + 1, parts[1], parts[0]));
                            end++;
                        }
                        else
                        {
                            open.Add((parts[0], parts[1], i));
                        }
                    }

                    at = end < 0 ? value.Length : end;
                }
                else
                {
                    var close = value.IndexOf(')', at);
                    if (close < 0)
                    {
                        break;
                    }

                    var id = value[at..close];
                    var index = open.FindLastIndex(o => o.Id == id);
                    if (index >= 0)
                    {
                        mentions.Add((open[index].Start, i + 1, open[index].Type, id));
                        open.RemoveAt(index);
                    }

                    at = close + 1;
                }
            }
        }

        return mentions;
    }

    /// <summary>
    /// The named mentions the recognizer learns and is scored on: person, organization and place mentions headed by
    /// a proper noun, outermost first where they nest ("New York" inside "the New York Times" is dropped).
    /// </summary>
    public static List<EntitySpan> Named(ConlluSentence sentence)
    {
        var named = Mentions(sentence)
            .Where(m => EntitySpan.Types.Contains(m.Type) && sentence.Tokens[HeadOf(sentence, m.Start, m.End)].Upos == "PROPN")
            .Select(m => new EntitySpan(m.Start, m.End, m.Type))
            .OrderBy(m => m.Start).ThenByDescending(m => m.Length)
            .ToList();
        var outermost = new List<EntitySpan>();
        foreach (var mention in named)
        {
            if (outermost.Count == 0 || mention.Start >= outermost[^1].End)
            {
                outermost.Add(mention);
            }
        }

        return outermost;
    }

    /// <summary>The span's head in the corpus' own tree.</summary>
    public static int HeadOf(ConlluSentence sentence, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return HeadOf(sentence.Tokens.Select(t => t.Head).ToArray(), start, end);
    }

    /// <summary>The span's head: its first word whose head (1-based, 0 = root) lies outside the span.</summary>
    public static int HeadOf(IReadOnlyList<int> heads, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(heads);
        for (var i = start; i < end; i++)
        {
            var head = heads[i] - 1;
            if (head < start || head >= end)
            {
                return i;
            }
        }

        return start;
    }

    private static string? Field(string misc, string name)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.StartsWith(name + "=", StringComparison.Ordinal))
            {
                return part[(name.Length + 1)..];
            }
        }

        return null;
    }
}
