using Lucene.Net.Tartarus.Snowball.Ext;

namespace BriefingBot.Core.Language;

/// <summary>
/// Porter stems (Lucene's Snowball implementation): the same reduction SQLite's <c>porter</c> tokenizer applies to
/// the full-text indexes, so a question's terms can be matched against sentences the way the index matched them.
/// </summary>
public static class Stemmer
{
    // The Snowball stemmer keeps its working buffer in the instance: one per thread.
    [ThreadStatic]
    private static PorterStemmer? stemmer;

    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(string lowerCaseWord)
    {
        ArgumentNullException.ThrowIfNull(lowerCaseWord);
        var porter = stemmer ??= new PorterStemmer();
        porter.SetCurrent(lowerCaseWord);
        porter.Stem();
        return porter.Current;
    }
}
