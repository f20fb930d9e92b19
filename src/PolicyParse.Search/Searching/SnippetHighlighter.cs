using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Lucene.Net.Analysis;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Search.Searching;

/// <summary>
/// Highlighted snippets from a hit's stored text: the text is analyzed again (index mode, so a query
/// word also lights up inside a longer word), tokens equal to a query term are marked 【like this】 at
/// their exact offsets, and the densest windows around them are cut out.
/// </summary>
internal static class SnippetHighlighter
{
    private const int Context = 30;

    public static List<string> Snippets(Analyzer analyzer, string field, string? text, ISet<string> terms, bool html = false, int max = 3)
    {
        var snippets = new List<string>();
        if (string.IsNullOrEmpty(text) || terms.Count == 0)
            return snippets;
        // Only the windows around plain occurrences of the terms are analyzed again: a hit's whole
        // text took most of a search's time.
        var spans = new List<(int Start, int End)>();
        foreach (var (from, to) in Windows(text!, terms, max))
            foreach (var token in analyzer.Analyze(text!.Substring(from, to - from), field))
                if (terms.Contains(token.Term))
                    spans.Add((from + token.Start, from + token.End));
        spans = Merge(spans);
        int used = -1;
        foreach (var span in spans)
        {
            if (span.Start < used) continue;
            int from = Math.Max(0, span.Start - Context), to = Math.Min(text!.Length, span.End + Context);
            var inWindow = spans.Where(s => s.Start >= from && s.End <= to).ToList();
            var sb = new StringBuilder();
            void Plain(int start, int length) =>
                sb.Append(html ? System.Net.WebUtility.HtmlEncode(text!.Substring(start, length)) : text!.Substring(start, length));
            if (from > 0) sb.Append('…');
            int at = from;
            foreach (var s in inWindow)
            {
                Plain(at, s.Start - at);
                sb.Append(html ? "<mark>" : "【");
                Plain(s.Start, s.End - s.Start);
                sb.Append(html ? "</mark>" : "】");
                at = s.End;
            }
            Plain(at, to - at);
            if (to < text.Length) sb.Append('…');
            snippets.Add(sb.Replace('\n', ' ').ToString());
            used = to;
            if (snippets.Count == max) break;
        }
        return snippets;
    }

    /// <summary>
    /// The clauses of the first occurrences of the terms and of every occurrence a snippet around
    /// one of them may show, merged. A clause — the letters and digits between two punctuation marks
    /// or spaces — is cut into words by the analyzer alone, whatever surrounds it, so its tokens are
    /// those of the whole text, and a snippet costs the analysis of a few clauses, not of a window.
    /// </summary>
    private static List<(int From, int To)> Windows(string text, ISet<string> terms, int max)
    {
        var clauses = new List<(int From, int To)>();
        var searched = terms.Select(t => (Term: t, Comparison: Comparison(t))).ToList(); // once per term, not per occurrence
        foreach (var (term, comparison) in searched)
        {
            int at = 0;
            for (int found = 0; found < max && (at = text.IndexOf(term, at, comparison)) >= 0; found++, at += term.Length)
            {
                int from = Math.Max(0, at - 2 * Context), to = Math.Min(text.Length, at + term.Length + 2 * Context);
                foreach (var (near, nearComparison) in searched)
                    for (int n = from; n < to && (n = text.IndexOf(near, n, to - n, nearComparison)) >= 0; n += near.Length)
                        clauses.Add(Clause(text, n, n + near.Length));
            }
        }
        return Merge(clauses);
    }

    /// <summary>Query terms are lower-cased: only Latin letters need the case ignored, which costs.</summary>
    private static StringComparison Comparison(string term) =>
        term.Any(c => c < '\u2E80' && char.IsLetter(c)) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The clause around text[start..end): letters and digits on both sides, at most twice the context.</summary>
    private static (int From, int To) Clause(string text, int start, int end)
    {
        int from = start, to = end;
        while (from > 0 && start - from < 2 * Context && char.IsLetterOrDigit(text[from - 1])) from--;
        while (to < text.Length && to - end < 2 * Context && char.IsLetterOrDigit(text[to])) to++;
        return (from, to);
    }

    /// <summary>Sorted spans joined where they overlap (a word and its sub-words) or touch (信息 + 公开).</summary>
    private static List<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[merged.Count - 1].End)
                merged[merged.Count - 1] = (merged[merged.Count - 1].Start, Math.Max(merged[merged.Count - 1].End, s.End));
            else
                merged.Add(s);
        }
        return merged;
    }
}
