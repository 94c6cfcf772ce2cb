using BriefingBot.Core.Stories;

namespace BriefingBot.Storage.Sqlite;

/// <summary>Builds FTS5 MATCH expressions from search terms; every term is quoted, so user text can never be FTS syntax.</summary>
internal static class FtsQuery
{
    public static string? Build(SearchQuery query)
    {
        var parts = new List<string>();
        foreach (var group in query.RequiredAny)
        {
            var any = Any(group);
            if (any is null)
            {
                return null; // a required group with no usable term can match nothing
            }

            parts.Add(any);
        }

        var terms = Any(query.Terms);
        if (terms is not null)
        {
            parts.Add(terms);
        }

        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    /// <summary>
    /// The search words of the terms, distinct: letters, digits, hyphens, dots and spaces only. An apostrophe splits
    /// a term as the index splits the text ("O'Ryan" is the phrase "O Ryan"), not joins it.
    /// </summary>
    public static List<string> Clean(IEnumerable<string> terms) => terms
        .Select(t => new string(t.Select(c => c is '\'' or '’' ? ' ' : c).Where(c => char.IsLetterOrDigit(c) || c is '-' or '.' or ' ').ToArray()).Trim('-', '.', ' '))
        .Where(t => t.Length > 0)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    private static string? Any(IEnumerable<string> terms)
    {
        var quoted = Clean(terms).Select(t => "\"" + t + "\"").ToList();
        return quoted.Count == 0 ? null : "(" + string.Join(" OR ", quoted) + ")";
    }
}
