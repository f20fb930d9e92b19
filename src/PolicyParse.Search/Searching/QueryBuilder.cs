using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyParse.Parsing.DocumentNumbers;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching.Scoring;

namespace PolicyParse.Search.Searching;

/// <summary>
/// The query syntax: words and "phrases" must all match (AND is the default and may be written);
/// OR between two parts makes them alternatives; NOT or a leading minus excludes; field:value or
/// field:"value" searches one field (title, body, issuer, unit, docNumber, docType, category, content,
/// year; cites: the notices citing a 文号 or title). A Chinese word is matched as the phrase of its tokens, so 责任单位 never matches 责任 … 单位 apart.
/// </summary>
internal sealed class QueryBuilder
{
    /// <summary>How much more a word found in the title counts than one found elsewhere.</summary>
    private const float TitleBoost = 3f;

    private readonly Analyzer _analyzer;
    private readonly SearchKind _kind;

    /// <param name="analyzer">Analyzes query words as the index analyzed text.</param>
    /// <param name="kind">What is searched: words are looked up only in that kind's text field.</param>
    public QueryBuilder(Analyzer analyzer, SearchKind kind = SearchKind.All) => (_analyzer, _kind) = (analyzer, kind);

    /// <summary>The terms a hit's text should be highlighted for.</summary>
    public HashSet<string> HighlightTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Field names the syntax knows (field:value).</summary>
    public static readonly ISet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
        { "title", "body", "issuer", "unit", "docType", "category", "content", "docNumber", "year", "cites" };

    /// <exception cref="QuerySyntaxException">Unbalanced quotes, an operator without a part on both sides, an unknown field.</exception>
    public Query Build(string text)
    {
        var parts = Split(text);
        Check(parts);
        var alternatives = new List<BooleanQuery>();
        var current = new BooleanQuery();
        var occur = Occur.MUST;
        foreach (var part in parts)
        {
            if (part == "OR") { alternatives.Add(current); current = new BooleanQuery(); continue; }
            if (part == "AND") continue;
            if (part == "NOT") { occur = Occur.MUST_NOT; continue; }
            var body = part;
            if (body.StartsWith("-", StringComparison.Ordinal) && body.Length > 1) { occur = Occur.MUST_NOT; body = body.Substring(1); }
            if (Clause(body, occur == Occur.MUST) is { } clause)
                current.Add(clause, occur);
            occur = Occur.MUST;
        }
        alternatives.Add(current);
        alternatives.RemoveAll(a => a.Clauses.Count == 0);
        if (alternatives.Count == 0)
            return new MatchAllDocsQuery();
        if (alternatives.Count == 1)
            return Unwrapped(WithPositiveClause(alternatives[0]));
        return new AlternativesQuery(alternatives.Select(a => Unwrapped(WithPositiveClause(a))));
    }

    /// <summary>
    /// The one required clause itself when that is all there is. Lucene.Net adds a scorer per level of
    /// nesting; a disjunction of two words nested in one-clause queries took twice the time of the
    /// flat one with a filter on top.
    /// </summary>
    private static Query Unwrapped(BooleanQuery query) =>
        query.Clauses.Count == 1 && query.Clauses[0].Occur == Occur.MUST ? query.Clauses[0].Query : query;

    /// <summary>Rejects what the lenient builder would otherwise read as something the person did not mean.</summary>
    private static void Check(List<string> parts)
    {
        int quotes = 0;
        foreach (var part in parts)
            foreach (char c in part) if (c == '"') quotes++;
        if (quotes % 2 != 0)
            throw new QuerySyntaxException("a quotation mark is not closed");
        for (int i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            bool binary = part is "AND" or "OR";
            if (binary && (i == 0 || i == parts.Count - 1 || parts[i - 1] is "AND" or "OR" or "NOT"))
                throw new QuerySyntaxException($"{part} needs a word on both sides");
            if (part == "NOT" && (i == parts.Count - 1 || parts[i + 1] is "AND" or "OR" or "NOT"))
                throw new QuerySyntaxException("NOT needs a word after it");
            int colon = part.IndexOf(':');
            if (colon > 0 && part[0] != '"' && IsFieldName(part.Substring(0, colon)))
            {
                var field = part.Substring(0, colon).TrimStart('-');
                if (!Fields.Contains(field))
                    throw new QuerySyntaxException($"unknown field '{field}'; fields are {string.Join(", ", Fields)}");
                if (colon == part.Length - 1)
                    throw new QuerySyntaxException($"{field}: needs a value");
                if (field == "year" && !int.TryParse(Unquote(part.Substring(colon + 1)), out _))
                    throw new QuerySyntaxException("year: needs a number such as year:2021");
            }
        }
    }

    private static bool IsFieldName(string s)
    {
        s = s.TrimStart('-');
        if (s.Length == 0) return false;
        foreach (char c in s)
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')) return false;
        return true;
    }

    /// <summary>A query of exclusions only ("NOT 废止") matches everything else.</summary>
    private static BooleanQuery WithPositiveClause(BooleanQuery query)
    {
        foreach (var clause in query.Clauses)
            if (clause.Occur != Occur.MUST_NOT) return query;
        query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private Query? Clause(string part, bool highlight)
    {
        int colon = part.IndexOf(':');
        if (colon > 0 && colon < part.Length - 1)
        {
            var field = part.Substring(0, colon);
            var value = Unquote(part.Substring(colon + 1));
            switch (field)
            {
                case "title": return Phrase(IndexFields.Title, value, highlight);
                case "body": return Phrase(IndexFields.Text, value, highlight);
                case "issuer": return Phrase(IndexFields.IssuerText, value, false);
                case "unit": return Phrase(IndexFields.UnitText, value, false);
                case "docType": return new TermQuery(new Term(IndexFields.DocType, value));
                case "category": return Phrase(IndexFields.TaskCategory, value, highlight);
                case "content": return Phrase(IndexFields.TaskText, value, highlight);
                case "docNumber":
                    return new TermQuery(new Term(IndexFields.DocNumber, DocumentNumberParser.Parse(value)?.Text ?? value));
                case "cites": // the notices citing a 文号 (or, when the value reads as none, a title)
                    return new TermQuery(new Term(IndexFields.Cites, DocumentNumberParser.Parse(value) is { } cited ? CitationKeys.Number(cited.Text) : CitationKeys.Title(value)));
                case "year" when int.TryParse(value, out int year): // the sign dates of that year: a year field would repeat them
                    var (first, last) = DocumentMapper.YearDates(year);
                    return NumericRangeQuery.NewInt32Range(IndexFields.SignDate, first, last, true, true);
            }
        }
        var words = Unquote(part);
        return _kind switch
        {
            SearchKind.Notices => InNotice(words, highlight),
            SearchKind.Tasks => Phrase(IndexFields.TaskText, words, highlight),
            _ => Either(InNotice(words, highlight), Phrase(IndexFields.TaskText, words, highlight)),
        };
    }

    /// <summary>
    /// A word in a notice: required in its text, and in its title optionally, for rank. One clause over
    /// one field: a clause per field made every word a nine-way disjunction, most of a search's time.
    /// </summary>
    private Query? InNotice(string words, bool highlight)
    {
        if (Phrase(IndexFields.Text, words, highlight) is not { } anywhere)
            return null;
        var inTitle = Phrase(IndexFields.Title, words, false)!;
        inTitle.Boost = TitleBoost;
        return new TitleRankedQuery(anywhere, inTitle);
    }

    private static Query? Either(Query? first, Query? second) =>
        first is null || second is null ? first ?? second : new AlternativesQuery(new[] { first, second });

    /// <summary>The phrase of the analyzed tokens of <paramref name="text"/> in <paramref name="field"/>.</summary>
    internal Query? Phrase(string field, string text, bool highlight)
    {
        var tokens = _analyzer.Analyze(text, field);
        if (highlight)
            foreach (var token in tokens) HighlightTerms.Add(token.Term);
        if (tokens.Count == 0)
            return null;
        if (tokens.Count == 1)
            return new TermQuery(new Term(field, tokens[0].Term));
        var phrase = new ExactPhraseQuery();
        foreach (var token in tokens)
            phrase.Add(new Term(field, token.Term), token.Position);
        return phrase;
    }

    private static string Unquote(string s) => s.Length >= 2 && s[0] == '"' && s[s.Length - 1] == '"' ? s.Substring(1, s.Length - 2) : s;

    /// <summary>Splits on spaces outside quotes; a quoted run stays one part (with its field prefix).</summary>
    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        foreach (char c in text)
        {
            if (c == '"') quoted = !quoted;
            if (!quoted && (c == ' ' || c == '\u3000'))
            {
                if (current.Length > 0) { parts.Add(current.ToString()); current.Clear(); }
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0) parts.Add(current.ToString());
        return parts;
    }
}
