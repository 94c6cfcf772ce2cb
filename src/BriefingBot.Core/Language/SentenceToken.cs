namespace BriefingBot.Core.Language;

/// <summary>A word or punctuation mark of a sentence; <see cref="Possessive"/> marks a dropped "'s".</summary>
public readonly record struct SentenceToken(string Text, bool IsWord, bool Possessive)
{
    public bool IsCapitalized => IsWord && Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>Splits a sentence into words (as <see cref="Tokenizer"/> reads them) and punctuation marks.</summary>
    public static List<SentenceToken> Tokenize(string sentence)
    {
        var tokens = new List<SentenceToken>();
        var words = Tokenizer.Words(sentence);
        var at = 0;
        foreach (var word in words)
        {
            var index = sentence.IndexOf(word, at, StringComparison.Ordinal);
            for (var p = at; p < index; p++)
            {
                if (!char.IsWhiteSpace(sentence[p]) && sentence[p] is not ('\'' or '’'))
                {
                    tokens.Add(new SentenceToken(sentence[p].ToString(), false, false));
                }
            }

            var end = index + word.Length;
            var possessive = end + 1 < sentence.Length && sentence[end] is '\'' or '’' && sentence[end + 1] is 's' or 'S';
            tokens.Add(new SentenceToken(word, true, possessive));
            at = possessive ? end + 2 : end;
        }

        for (var p = at; p < sentence.Length; p++)
        {
            if (!char.IsWhiteSpace(sentence[p]) && sentence[p] is not ('\'' or '’'))
            {
                tokens.Add(new SentenceToken(sentence[p].ToString(), false, false));
            }
        }

        return tokens;
    }
}
