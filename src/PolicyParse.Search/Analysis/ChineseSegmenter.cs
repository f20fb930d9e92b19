using System;
using System.Collections.Generic;

namespace PolicyParse.Search.Analysis;

/// <summary>How the analyzer cuts: the best route only, or each word plus its dictionary sub-words.</summary>
public enum SegmentationMode
{
    /// <summary>The most probable route only: for queries.</summary>
    Search,

    /// <summary>Each word, then the dictionary words of two or more characters inside it (政务公开 → 政务公开, 政务, 公开): for indexing, so that a query for a part finds the whole.</summary>
    Index,
}

/// <summary>A token cut from the text: where it is, whether it stands inside the previous word (index mode), and whether it is a run of Latin letters and digits rather than Chinese.</summary>
internal readonly record struct Segment(int Start, int End, bool InsidePrevious, bool IsLatin = false);

/// <summary>
/// jieba's segmentation of a run of Han characters: the graph of every dictionary word that starts at
/// each position, the most probable route through it by dynamic programming over log frequencies, and
/// the HMM for the runs of single characters the dictionary does not know (new names and terms).
/// </summary>
internal sealed class ChineseSegmenter
{
    private readonly WordDictionary _main;
    private readonly WordDictionary? _user;
    private readonly HmmSegmenter _hmm;
    private readonly float _unknownLogProbability;

    public ChineseSegmenter(WordDictionary main, WordDictionary? user, HmmSegmenter hmm, float unknownLogProbability)
    {
        _main = main;
        _user = user;
        _hmm = hmm;
        _unknownLogProbability = unknownLogProbability;
    }

    /// <summary>Working memory of one tokenizer, reused from run to run.</summary>
    internal sealed class Buffers
    {
        public double[] RouteScore = new double[64];
        public int[] RouteEnd = new int[64];
        // The graph of a run: every dictionary word starting at position i is
        // Graph[GraphStart[i] .. GraphStart[i] + GraphCount[i]), as (end, log probability), shortest first.
        public int[] GraphStart = new int[64];
        public int[] GraphCount = new int[64];
        public readonly List<(int End, float LogProbability)> Graph = new();
        public readonly List<(int Start, int End)> Words = new();

        public void Ensure(int length)
        {
            if (RouteScore.Length > length) return;
            RouteScore = new double[length * 2];
            RouteEnd = new int[length * 2];
            GraphStart = new int[length * 2];
            GraphCount = new int[length * 2];
        }
    }

    // How many positions ahead the dictionary walks are prefetched (see WordDictionary.Prefetch): in bulk
    // runs 2 left less time in the walks than 4 or 8 did.
    private const int PrefetchDistance = 2;

    /// <summary>Cuts text[start..end) (Han characters only) and appends the words to <paramref name="output"/>.</summary>
    public void Cut(char[] text, int start, int end, SegmentationMode mode, List<Segment> output, Buffers buffers)
    {
        int n = end - start;
        buffers.Ensure(n + 1);
        var routeScore = buffers.RouteScore;
        var routeEnd = buffers.RouteEnd;
        var graph = buffers.Graph;
        graph.Clear();
        routeScore[n] = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            if (i >= PrefetchDistance)
                _main.Prefetch(text, start + i - PrefetchDistance, end);
            int first = graph.Count;
            WordsAt(text, start + i, end, graph);
            buffers.GraphStart[i] = first;
            buffers.GraphCount[i] = graph.Count - first;
            double best = double.NegativeInfinity;
            int bestEnd = i + 1;
            if (graph.Count == first)
                best = _unknownLogProbability + routeScore[i + 1];
            for (int m = first; m < graph.Count; m++)
            {
                var (wordEnd, logProbability) = graph[m];
                double score = logProbability + routeScore[wordEnd - start];
                if (score > best || (score == best && wordEnd - start > bestEnd)) (best, bestEnd) = (score, wordEnd - start);
            }
            routeScore[i] = best;
            routeEnd[i] = bestEnd;
        }

        var words = buffers.Words;
        words.Clear();
        int pendingSingles = -1; // start of a run of single characters awaiting the HMM
        for (int i = 0; i < n;)
        {
            int j = routeEnd[i];
            if (j - i == 1)
            {
                if (pendingSingles < 0) pendingSingles = i;
            }
            else
            {
                FlushSingles(text, start, pendingSingles, i, words);
                pendingSingles = -1;
                words.Add((start + i, start + j));
            }
            i = j;
        }
        FlushSingles(text, start, pendingSingles, n, words);

        for (int w = 0; w < words.Count; w++)
        {
            var (wordStart, wordEnd) = words[w];
            bool insideOrgan = false;
            if (mode == SegmentationMode.Index && w + 1 < words.Count && OrganNamePattern.Joins(text, words[w], words[w + 1]))
            {
                // "临沭县" + "人民政府办公室": the whole organ name too, at the position of its first word.
                output.Add(new Segment(wordStart, words[w + 1].End, false));
                insideOrgan = true;
            }
            output.Add(new Segment(wordStart, wordEnd, insideOrgan));
            if (mode == SegmentationMode.Index && wordEnd - wordStart > 2)
                AddSubWords(start, wordStart, wordEnd, output, buffers);
        }
    }

    /// <summary>
    /// Dictionary words of two or more characters strictly inside the word text[start..end) of the run
    /// beginning at <paramref name="runStart"/>, left to right, from the run's graph.
    /// </summary>
    private static void AddSubWords(int runStart, int start, int end, List<Segment> output, Buffers buffers)
    {
        for (int i = start; i < end; i++)
        {
            int first = buffers.GraphStart[i - runStart];
            for (int m = first; m < first + buffers.GraphCount[i - runStart]; m++)
            {
                int subEnd = buffers.Graph[m].End;
                if (subEnd <= end && subEnd - i >= 2 && !(i == start && subEnd == end))
                    output.Add(new Segment(i, subEnd, true));
            }
        }
    }

    /// <summary>
    /// Single characters in a row: one alone is a word; several that do not form a known word go to the
    /// HMM, which may find new words among them.
    /// </summary>
    private void FlushSingles(char[] text, int offset, int from, int to, List<(int, int)> words)
    {
        if (from < 0 || to <= from)
            return;
        if (to - from == 1 || IsKnown(new string(text, offset + from, to - from)))
        {
            for (int k = from; k < to; k++) words.Add((offset + k, offset + k + 1));
            return;
        }
        _hmm.Cut(text, offset + from, offset + to, words);
    }

    private bool IsKnown(string word) => _main.TryGetLogProbability(word, out _) || (_user?.TryGetLogProbability(word, out _) ?? false);

    /// <summary>Appends the words of both dictionaries starting at <paramref name="position"/>; a user word overrides the same main word.</summary>
    private void WordsAt(char[] text, int position, int limit, List<(int End, float LogProbability)> matches)
    {
        int first = matches.Count;
        _main.Matches(text, position, limit, matches);
        if (_user is null) return;
        int mainEnd = matches.Count;
        _user.Matches(text, position, limit, matches);
        for (int u = mainEnd; u < matches.Count; u++)
            for (int m = first; m < mainEnd; m++)
                if (matches[m].End == matches[u].End)
                    matches[m] = (matches[m].End, float.NegativeInfinity);
    }
}
