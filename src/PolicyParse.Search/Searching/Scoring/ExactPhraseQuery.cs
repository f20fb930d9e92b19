using System;
using System.Collections.Generic;
using System.Linq;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace PolicyParse.Search.Searching.Scoring;

/// <summary>
/// A phrase without slop, matched and scored as <see cref="PhraseQuery"/> does, by a scorer that holds
/// a few positions instead of Lucene's two 4,096-entry arrays per segment: a word of the query is a
/// phrase of its tokens in the text, the title and the tasks' text, so a search made a phrase scorer
/// for each in every segment, and their arrays were a third of all a search allocated. The phrase's
/// frequency in a document is the number of places where all its terms stand at their offsets, as
/// Lucene counts it, so scores and explanations are PhraseQuery's. With slop it is PhraseQuery.
/// </summary>
internal sealed class ExactPhraseQuery : PhraseQuery
{
    public override Weight CreateWeight(IndexSearcher searcher) =>
        Slop == 0 ? new ExactPhraseWeight(this, searcher) : base.CreateWeight(searcher);

    /// <summary>PhraseWeight's statistics and normalization, with <see cref="ExactPhraseScorer"/>.</summary>
    private sealed class ExactPhraseWeight : Weight
    {
        private readonly ExactPhraseQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly Term[] _terms;
        private readonly int[] _positions;
        private readonly TermContext[] _states;

        public ExactPhraseWeight(ExactPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _terms = query.GetTerms();
            _positions = query.GetPositions();
            var context = searcher.TopReaderContext;
            _states = _terms.Select(t => TermContext.Build(context, t)).ToArray();
            var termStats = _terms.Select((t, i) => searcher.TermStatistics(t, _states[i])).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(_terms[0].Field), termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var reader = context.AtomicReader;
            if (reader.GetTerms(_terms[0].Field) is not { } fieldTerms)
                return null;
            var termsEnum = fieldTerms.GetEnumerator();
            var postings = new PhrasePostings[_terms.Length];
            for (int i = 0; i < _terms.Length; i++)
            {
                if (_states[i].Get(context.Ord) is not { } state)
                    return null; // a term not in this segment: no document has the phrase
                termsEnum.SeekExact(_terms[i].Bytes, state);
                var positions = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"field \"{_terms[i].Field}\" was indexed without position data; cannot run a phrase query (term={_terms[i].Text})");
                postings[i] = new PhrasePostings(positions, termsEnum.DocFreq, _positions[i]);
            }
            // The rarest term leads, as in PhraseWeight (its order of equal frequencies does not change a match or a score).
            Array.Sort(postings, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
            return new ExactPhraseScorer(this, postings, _similarity.GetSimScorer(_stats, context));
        }

        /// <summary>As PhraseWeight explains a phrase: the similarity's explanation of the phrase's frequency.</summary>
        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                float freq = scorer.Freq;
                var explanation = _similarity.GetSimScorer(_stats, context).Explain(doc, new Explanation(freq, "phraseFreq=" + freq));
                var result = new ComplexExplanation(true, explanation.Value, $"weight({Query} in {doc}) [{_similarity.GetType().Name}], result of:");
                result.AddDetail(explanation);
                return result;
            }
            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    /// <summary>One term of the phrase in one segment: its postings, how many documents have it, its offset in the phrase.</summary>
    private sealed record PhrasePostings(DocsAndPositionsEnum Postings, int DocFreq, int Offset);

    /// <summary>
    /// The documents with every term, led by the rarest; in each, the places where the phrase starts:
    /// the first term's positions less its offset, kept where every other term stands at its own offset.
    /// </summary>
    private sealed class ExactPhraseScorer : Scorer
    {
        private readonly DocsAndPositionsEnum[] _postings;
        private readonly int[] _offsets;
        private readonly Similarity.SimScorer _docScorer;
        private int[] _starts = new int[16];
        private int _doc = -1, _freq;

        public ExactPhraseScorer(Weight weight, PhrasePostings[] postings, Similarity.SimScorer docScorer) : base(weight)
        {
            _postings = postings.Select(p => p.Postings).ToArray();
            _offsets = postings.Select(p => p.Offset).ToArray();
            _docScorer = docScorer;
        }

        public override int DocID => _doc;

        public override int Freq => _freq;

        public override float GetScore() => _docScorer.Score(_doc, _freq);

        public override long GetCost() => _postings[0].GetCost();

        public override int NextDoc() => ToMatch(_postings[0].NextDoc());

        public override int Advance(int target) => ToMatch(_postings[0].Advance(target));

        /// <summary>From the lead's document <paramref name="doc"/> on, the first with every term and the phrase.</summary>
        private int ToMatch(int doc)
        {
            while (doc != NO_MORE_DOCS)
            {
                int later = AlignOthers(doc);
                if (later != doc)
                {
                    doc = later == NO_MORE_DOCS ? NO_MORE_DOCS : _postings[0].Advance(later);
                    continue;
                }
                if ((_freq = PhraseFreq()) > 0)
                    return _doc = doc;
                doc = _postings[0].NextDoc();
            }
            _freq = 0;
            return _doc = NO_MORE_DOCS;
        }

        /// <summary>Moves the other terms to <paramref name="doc"/>; the first document past it that one of them is on, or doc when all are.</summary>
        private int AlignOthers(int doc)
        {
            for (int i = 1; i < _postings.Length; i++)
            {
                int at = _postings[i].DocID;
                if (at < doc)
                    at = _postings[i].Advance(doc);
                if (at != doc)
                    return at;
            }
            return doc;
        }

        /// <summary>How many places in the current document start the phrase.</summary>
        private int PhraseFreq()
        {
            var lead = _postings[0];
            int count = lead.Freq;
            if (_starts.Length < count)
                _starts = new int[Math.Max(count, 2 * _starts.Length)];
            for (int p = 0; p < count; p++)
                _starts[p] = lead.NextPosition() - _offsets[0];
            for (int i = 1; i < _postings.Length && count > 0; i++)
                count = KeepStartsOf(_postings[i], _offsets[i], count);
            return count;
        }

        /// <summary>Keeps the first <paramref name="count"/> starts that <paramref name="term"/> also has at <paramref name="offset"/> (both ascend); how many are left.</summary>
        private int KeepStartsOf(DocsAndPositionsEnum term, int offset, int count)
        {
            int kept = 0, s = 0, left = term.Freq;
            int NextStart() => left-- > 0 ? term.NextPosition() - offset : int.MaxValue;
            for (int start = NextStart(); s < count && start != int.MaxValue;)
            {
                if (_starts[s] < start)
                {
                    s++;
                    continue;
                }
                if (_starts[s] == start)
                    _starts[kept++] = _starts[s++];
                start = NextStart();
            }
            return kept;
        }
    }
}
