using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// Lucene analyzer for Chinese (government) text: <see cref="ChineseTokenizer"/> with the jieba
/// dictionary, PolicyParse's government lexicon and any user words (Latin letters lower-cased), and
/// stop words only when asked for. Index with <see cref="SegmentationMode.Index"/>, query with
/// <see cref="SegmentationMode.Search"/>.
/// </summary>
public sealed class ChineseAnalyzer : Analyzer
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly SegmentationMode _mode;
    private readonly IEnumerable<KeyValuePair<string, double>>? _userWords;
    private readonly CharArraySet? _stopWords;
    private ChineseSegmenter? _segmenter;

    /// <param name="mode">Index mode on the index side, search mode on the query side.</param>
    /// <param name="userWords">Extra words and frequencies (<see cref="ChineseDictionary.DefaultWordFrequency"/> when in doubt), e.g. from <see cref="ChineseDictionary.ReadWordList"/>.</param>
    /// <param name="stopWords">Words to drop; none by default.</param>
    public ChineseAnalyzer(SegmentationMode mode = SegmentationMode.Search, IEnumerable<KeyValuePair<string, double>>? userWords = null, IEnumerable<string>? stopWords = null)
    {
        _mode = mode;
        _userWords = userWords?.ToList();
        _stopWords = stopWords is null ? null : new CharArraySet(Version, stopWords.ToList(), false);
    }

    /// <summary>A shared segmenter, built on first use (which loads the dictionary).</summary>
    private ChineseSegmenter Segmenter => _segmenter ??= CreateSegmenter();

    private ChineseSegmenter CreateSegmenter()
    {
        var model = ChineseDictionary.Default;
        var user = _userWords is null ? null : new WordDictionary(_userWords.Select(w => w.Key).ToList(), _userWords.Select(w => w.Value).ToList(), model.LogTotal);
        return new ChineseSegmenter(model.Words, user, model.Hmm, (float)-model.LogTotal);
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ChineseTokenizer(reader, Segmenter, _mode);
        TokenStream stream = tokenizer;
        if (_stopWords is not null)
            stream = new StopFilter(Version, stream, _stopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
