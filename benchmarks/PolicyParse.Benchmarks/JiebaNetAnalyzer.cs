using System;
using System.IO;
using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyParse.Benchmarks;

/// <summary>
/// jieba.NET (the .NET port of the segmenter PolicyParse's follows) as a Lucene analyzer, for the
/// benchmarks only: the whole text is segmented at once and its words become tokens with offsets;
/// white space is left out. Search mode adds the sub-words of long words, as ours does in index mode.
/// </summary>
public sealed class JiebaNetAnalyzer : Analyzer
{
    private readonly TokenizerMode _mode;

    static JiebaNetAnalyzer() => ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba.NET");

    public JiebaNetAnalyzer(TokenizerMode mode) => _mode = mode;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new JiebaTokenizer(reader, _mode));

    private sealed class JiebaTokenizer : Tokenizer
    {
        private static readonly JiebaSegmenter Segmenter = new();
        private readonly TokenizerMode _mode;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private System.Collections.Generic.IEnumerator<JiebaNet.Segmenter.Token>? _tokens;

        public JiebaTokenizer(TextReader reader, TokenizerMode mode) : base(reader)
        {
            _mode = mode;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            _tokens = Segmenter.Tokenize(m_input.ReadToEnd(), _mode).GetEnumerator();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            while (_tokens!.MoveNext())
            {
                var token = _tokens.Current;
                if (string.IsNullOrWhiteSpace(token.Word))
                    continue;
                _term.SetEmpty().Append(token.Word);
                _offset.SetOffset(CorrectOffset(token.StartIndex), CorrectOffset(token.EndIndex));
                return true;
            }
            return false;
        }
    }
}
