using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// Lower-cases Latin letters (ASCII and full-width) only. Chinese has no case, and Lucene's
/// LowerCaseFilter goes through culture-aware case mapping for every character of every token, which
/// costs more than the segmentation of Chinese text. <see cref="ChineseTokenizer"/> lower-cases its Latin
/// tokens itself; this filter is for other tokenizers.
/// </summary>
public sealed class LatinLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public LatinLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        LowerCase(_term.Buffer, _term.Length);
        return true;
    }

    /// <summary>Lower-cases the ASCII and full-width Latin capitals among buffer[0..length).</summary>
    internal static void LowerCase(char[] buffer, int length)
    {
        for (int i = 0; i < length; i++)
        {
            char c = buffer[i];
            if (c >= 'A' && c <= 'Z') buffer[i] = (char)(c + 32);
            else if (c >= 'Ａ' && c <= 'Ｚ') buffer[i] = (char)(c + 32);
        }
    }
}
