namespace BriefingBot.Core.Language.Parsing;

/// <summary>
/// Relations the arc labeler, which labels each arc on its own, gives against the rest of the tree, mended after the
/// parse. A passive subject needs a passive auxiliary ("was backed"): with none beside it, and "have" or an object
/// beside it instead ("The senator has backed the plan"), it is the verb's active subject. Stance readings turn on
/// this: a passive subject is the one backed, not the one backing.
/// </summary>
public static class RelationRepairs
{
    private static readonly HashSet<string> HaveForms = new(StringComparer.OrdinalIgnoreCase) { "have", "has", "had", "having", "'ve", "'d", "’ve", "’d" };

    /// <summary>Relabels, in place, the relations at odds with the tree (heads 1-based, 0 = root); returns how many.</summary>
    public static int Repair(IReadOnlyList<string> words, int[] heads, string[] relations)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(relations);
        var repaired = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (relations[i] != "nsubj:pass" || heads[i] <= 0)
            {
                continue;
            }

            var verb = heads[i];
            bool passive = false, active = false;
            for (var d = 0; d < words.Count; d++)
            {
                if (heads[d] != verb)
                {
                    continue;
                }

                passive |= relations[d] == "aux:pass";
                active |= relations[d] == "obj" || (relations[d] == "aux" && HaveForms.Contains(words[d]));
            }

            if (!passive && active)
            {
                relations[i] = "nsubj";
                repaired++;
            }
        }

        return repaired;
    }
}
