using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// Cuts a run of characters the dictionary does not know into words with jieba's character HMM: each
/// character is the begin (B), middle (M) or end (E) of a word or a single-character word (S); Viterbi
/// finds the most probable state sequence from the start, transition and emission tables.
/// </summary>
internal sealed class HmmSegmenter
{
    private const int B = 0, M = 1, E = 2, S = 3;
    private const double Impossible = -3.14e100;

    private readonly double[] _start = new double[4];
    private readonly double[,] _transition = new double[4, 4];
    // By character, then state: the four probabilities of a character share a cache line (2 MB in all).
    private readonly double[] _emission = new double[(char.MaxValue + 1) * 4];

    [ThreadStatic] private static double[]? _probability;
    [ThreadStatic] private static byte[]? _from;
    [ThreadStatic] private static int[]? _states;

    /// <summary>Reads the tables from {"start":{state:p},"trans":{from:{to:p}},"emit":{state:{char:p}}}.</summary>
    public HmmSegmenter(JsonElement tables)
    {
        for (int s = 0; s < 4; s++)
        {
            _start[s] = Impossible;
            for (int t = 0; t < 4; t++) _transition[s, t] = Impossible;
        }
        _emission.AsSpan().Fill(Impossible);
        foreach (var p in tables.GetProperty("start").EnumerateObject())
            _start[State(p.Name)] = p.Value.GetDouble();
        foreach (var from in tables.GetProperty("trans").EnumerateObject())
            foreach (var to in from.Value.EnumerateObject())
                _transition[State(from.Name), State(to.Name)] = to.Value.GetDouble();
        foreach (var state in tables.GetProperty("emit").EnumerateObject())
            foreach (var c in state.Value.EnumerateObject())
                _emission[c.Name[0] * 4 + State(state.Name)] = c.Value.GetDouble();
    }

    /// <summary>Appends to <paramref name="words"/> the (start, end) of each word in text[start..end).</summary>
    public void Cut(char[] text, int start, int end, List<(int Start, int End)> words)
    {
        int n = end - start;
        if (n <= 0) return;
        // Flat scratch arrays, reused per thread: allocating arrays per run would cost more than the
        // Viterbi pass itself.
        if (_probability is null || _probability.Length < n * 4)
        {
            _probability = new double[n * 8];
            _from = new byte[n * 8];
            _states = new int[n * 2];
        }
        var probability = _probability;
        var from = _from!;
        var states = _states!;
        for (int s = 0; s < 4; s++)
            probability[s] = _start[s] + Emit(s, text[start]);
        for (int i = 1; i < n; i++)
        {
            char c = text[start + i];
            for (int s = 0; s < 4; s++)
            {
                double best = double.NegativeInfinity;
                int bestFrom = 0;
                for (int p = 0; p < 4; p++)
                {
                    double candidate = probability[(i - 1) * 4 + p] + _transition[p, s];
                    if (candidate > best) (best, bestFrom) = (candidate, p);
                }
                probability[i * 4 + s] = best + Emit(s, c);
                from[i * 4 + s] = (byte)bestFrom;
            }
        }
        // A word must be complete at the end: the last state is E or S.
        int state = probability[(n - 1) * 4 + E] >= probability[(n - 1) * 4 + S] ? E : S;
        for (int i = n - 1; i >= 0; i--)
        {
            states[i] = state;
            state = from[i * 4 + state];
        }
        int wordStart = 0;
        for (int i = 0; i < n; i++)
        {
            if (states[i] == B) wordStart = i;
            else if (states[i] == E) words.Add((start + wordStart, start + i + 1));
            else if (states[i] == S) words.Add((start + i, start + i + 1));
        }
    }

    private double Emit(int state, char c) => _emission[c * 4 + state];

    private static int State(string name) => name switch
    {
        "B" => B,
        "M" => M,
        "E" => E,
        "S" => S,
        _ => throw new FormatException("unknown HMM state " + name),
    };
}
