using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// Lower-cases Latin letters (ASCII and full-width) only. Chinese has no case, and Lucene's
/// LowerCaseFilter goes through culture-aware case mapping for every character of every token, which
/// costs more than the segmentation of Chinese text.
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
        var buffer = _term.Buffer;
        for (int i = 0; i < _term.Length; i++)
        {
            char c = buffer[i];
            if (c >= 'A' && c <= 'Z') buffer[i] = (char)(c + 32);
            else if (c >= 'Ａ' && c <= 'Ｚ') buffer[i] = (char)(c + 32);
        }
        return true;
    }
}
