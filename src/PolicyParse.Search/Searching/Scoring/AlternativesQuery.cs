using System.Collections.Generic;
using System.Linq;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyParse.Search.Searching.Scoring;

/// <summary>
/// Matches a document that matches any of a few alternatives (A OR B): the matches and scores of a
/// BooleanQuery of SHOULD clauses — the sum of the matching alternatives' scores times the share of
/// alternatives that match. Lucene.Net's disjunction scorer keeps its clauses in a heap of
/// covariant-checked array writes and scores every match as it moves, wanted or not; for the two or
/// three alternatives a person writes, a scan of them does less (OwnScorerBenchmarks compares the
/// two). With more than two alternatives the sum may differ from BooleanQuery's in its last bit (it adds in the written
/// order, BooleanQuery in its heap's).
/// </summary>
internal sealed class AlternativesQuery : Query
{
    private readonly Query[] _alternatives;

    public AlternativesQuery(IEnumerable<Query> alternatives) => _alternatives = alternatives.ToArray();

    public IReadOnlyList<Query> Alternatives => _alternatives;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = _alternatives.Select(a => a.Rewrite(reader)).ToArray();
        bool changed = false;
        for (int i = 0; i < rewritten.Length; i++)
            changed |= !ReferenceEquals(rewritten[i], _alternatives[i]);
        return changed ? new AlternativesQuery(rewritten) { Boost = Boost } : this;
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var alternative in _alternatives)
            alternative.ExtractTerms(terms);
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new AlternativesWeight(this, searcher);

    /// <summary>As its BooleanQuery would print nested in another.</summary>
    public override string ToString(string field) =>
        "(" + string.Join(" ", _alternatives.Select(a => a.ToString(field))) + ")" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is AlternativesQuery other && Boost == other.Boost && _alternatives.SequenceEqual(other._alternatives);

    public override int GetHashCode() => _alternatives.Aggregate(Boost.GetHashCode(), (hash, a) => hash * 31 + a.GetHashCode());

    /// <summary>Normalizes and explains as BooleanWeight does for SHOULD clauses.</summary>
    private sealed class AlternativesWeight : Weight
    {
        private readonly AlternativesQuery _query;
        private readonly Weight[] _weights;
        private readonly float[] _coord; // by the number of alternatives that match

        public AlternativesWeight(AlternativesQuery query, IndexSearcher searcher)
        {
            _query = query;
            _weights = query._alternatives.Select(a => a.CreateWeight(searcher)).ToArray();
            _coord = new float[_weights.Length + 1];
            for (int matches = 0; matches <= _weights.Length; matches++)
                _coord[matches] = _weights.Length == 1 ? 1f : searcher.Similarity.Coord(matches, _weights.Length);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization()
        {
            float sum = 0f;
            foreach (var weight in _weights)
                sum += weight.GetValueForNormalization();
            return sum * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var weight in _weights)
                weight.Normalize(norm, topLevelBoost * _query.Boost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var scorers = _weights.Select(w => w.GetScorer(context, acceptDocs)).Where(s => s is not null).ToArray();
            return scorers.Length == 0 ? null : new AlternativesScorer(this, scorers!, _coord);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var sum = new ComplexExplanation { Description = "sum of:" };
            int matches = 0;
            float score = 0f;
            foreach (var weight in _weights)
            {
                var explanation = weight.Explain(context, doc);
                if (!explanation.IsMatch)
                    continue;
                sum.AddDetail(explanation);
                score += explanation.Value;
                matches++;
            }
            if (matches == 0)
                return new ComplexExplanation(false, 0f, "no matching clause");
            sum.Match = true;
            sum.Value = score;
            return CoordinatedExplanation.Of(sum, _coord[matches], matches, _weights.Length);
        }
    }

    /// <summary>Moves every alternative that is on the current document, then stands on the lowest; scores only when asked.</summary>
    private sealed class AlternativesScorer : Scorer
    {
        private readonly Scorer[] _scorers;
        private readonly int[] _docs; // where each alternative stands
        private readonly float[] _coord;
        private int _doc = -1;

        public AlternativesScorer(Weight weight, Scorer[] scorers, float[] coord) : base(weight)
        {
            _scorers = scorers;
            _docs = new int[scorers.Length];
            for (int i = 0; i < _docs.Length; i++)
                _docs[i] = -1;
            _coord = coord;
        }

        public override int DocID => _doc;

        public override int NextDoc()
        {
            int lowest = NO_MORE_DOCS;
            for (int i = 0; i < _scorers.Length; i++)
            {
                int doc = _docs[i];
                if (doc == _doc)
                    _docs[i] = doc = _scorers[i].NextDoc();
                if (doc < lowest)
                    lowest = doc;
            }
            return _doc = lowest;
        }

        public override int Advance(int target)
        {
            int lowest = NO_MORE_DOCS;
            for (int i = 0; i < _scorers.Length; i++)
            {
                int doc = _docs[i];
                if (doc < target)
                    _docs[i] = doc = _scorers[i].Advance(target);
                if (doc < lowest)
                    lowest = doc;
            }
            return _doc = lowest;
        }

        /// <summary>As DisjunctionSumScorer: summed as a double, then its coordination factor.</summary>
        public override float GetScore()
        {
            double sum = 0;
            int matches = 0;
            for (int i = 0; i < _scorers.Length; i++)
            {
                if (_docs[i] != _doc)
                    continue;
                sum += _scorers[i].GetScore();
                matches++;
            }
            return (float)sum * _coord[matches];
        }

        public override int Freq
        {
            get
            {
                int matches = 0;
                foreach (int doc in _docs)
                    if (doc == _doc) matches++;
                return matches;
            }
        }

        public override long GetCost()
        {
            long cost = 0;
            foreach (var scorer in _scorers)
                cost += scorer.GetCost();
            return cost;
        }

        public override ICollection<ChildScorer> GetChildren() => _scorers.Select(s => new ChildScorer(s, "SHOULD")).ToList();
    }
}
