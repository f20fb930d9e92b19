using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Parsing.References;

namespace PolicyParse.Parsing.Validity;

/// <summary>
/// What a notice says it does to other documents — repeals them, amends them — and which documents its
/// own history says amended it. Fed one clause at a time; a clause counts only when it does the change,
/// not when it speaks of changes in general or cites a title whose words say 修改 or 废止.
/// </summary>
internal sealed class ChangedDocuments
{
    /// <summary>
    /// A repeal done: "《X》同时废止", "予以废止", "决定废止下列…", a clause ending in 废止 or opening a list item
    /// with it ("一、废止《X》"), "停止执行", "不再执行" — but not "需要制定、修改、废止地方性法规".
    /// </summary>
    private static readonly Regex RepealWords = new(
        @"(同时|即行|一并|予以|决定|现)废止|废止\s*$|^\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])?\s*废止|停止执行|不再执行|同时失效",
        RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>A cited title followed by the part of it meant: "《X》中关于…", "《X》（…号）第五条", "《X》的有关规定".</summary>
    private static readonly Regex PartOf = new(@"《(?<title>[^《》]+)》\s*(（[^（）]*）)?\s*(中|第|的|有关|关于|所)", RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>
    /// An amendment done: "对《X》作如下修改", "将《X》第三条修改为", "删去《X》第五条"; or this notice put in the
    /// place of what a cited document says otherwise: "《X》与本办法不一致的，以本办法为准".
    /// </summary>
    private static readonly Regex AmendWords = new("作(如下|以下|出如下)修改|修改为|修订为|删去|以本[\u4e00-\u9fff]{1,4}为准", RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>A history line: a cited document, then "第一次修订", "修正" ("根据《国务院关于修改〈X〉的决定》第二次修订").</summary>
    private static readonly Regex AmendHistory = new(@"》\s*(第[一二三四五六七八九十\d]+次)?(修订|修正)", RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>The title of an amending document: a decision "关于修改…", a 修正案.</summary>
    private static readonly Regex AmendingTitle = new("修改|修正|修订", RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>A title that names what the document changes: "关于修改《X》的决定", "关于废止〈X〉和〈Y〉的决定".</summary>
    private static readonly Regex TitleVerb = new("关于(?<verb>修改|修订|废止)(?=[《〈<])", RegexOptions.CultureInvariant, PatternTimeout.Value);

    private static readonly Regex TitleInBrackets = new("[《〈<](?<title>[^《》〈〉<>]{2,100})[》〉>]", RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>A cited title: its words ("国务院关于修改和废止部分行政法规的决定") say nothing of this notice.</summary>
    private static readonly Regex CitedTitle = new("《[^《》]*》", RegexOptions.CultureInvariant, PatternTimeout.Value);

    private static readonly char[] Quotes = { '“', '"', '「', '‘' };

    private readonly string? ownNumber, ownTitle, ownInnerTitle;

    public ChangedDocuments(string? ownNumber, string? ownTitle, string? ownInnerTitle)
    {
        (this.ownNumber, this.ownTitle, this.ownInnerTitle) = (ownNumber, ownTitle, ownInnerTitle);
        ReadTitle(ownInnerTitle ?? ownTitle);
    }

    public List<DocumentReference> Repeals { get; } = new();

    public List<DocumentReference> Amends { get; } = new();

    public List<DocumentReference> AmendedBy { get; } = new();

    /// <summary>The words a clause needs to do any of it (a cheap test before the patterns).</summary>
    public static readonly string[] Signals = { "废止", "失效", "停止执行", "不再执行", "修改", "修订", "修正", "删去", "为准" };

    public void Read(string clause)
    {
        if (AmendHistory.IsMatch(clause))
        {
            AddAll(AmendedBy, Cited(clause).Where(r => r.Title is { } t && AmendingTitle.IsMatch(t)));
            return;
        }
        var plain = CitedTitle.Replace(clause, ""); // the clause's own words: a cited title's say nothing of it
        if (RepealWords.Match(plain) is { Success: true } repeal)
        {
            var cited = Cited(clause);
            if (cited.Count == 0)
            {
                AddAll(Repeals, UnquotedTitles.BeforeRepeal(plain, repeal.Index));
                return;
            }
            // "不再执行《X》中关于…的规定", "《X》第五条停止执行": a provision goes, the document stays, amended.
            var partly = new HashSet<string>(PartOf.Matches(clause).Cast<Match>().Select(m => m.Groups["title"].Value), StringComparer.Ordinal);
            AddAll(Repeals, cited.Where(r => r.Title is null || !partly.Contains(r.Title)));
            AddAll(Amends, cited.Where(r => r.Title is not null && partly.Contains(r.Title)));
        }
        else if (AmendWords.IsMatch(plain))
        {
            // The document amended is named first, before the new wording in quotes ("修改为：“…《Y》…”").
            int quote = clause.IndexOfAny(Quotes);
            AddAll(Amends, Cited(quote < 0 ? clause : clause.Substring(0, quote)).Take(1));
        }
    }

    /// <summary>The notice's own title, when it names what it changes: "关于修改《X》的决定" amends X.</summary>
    private void ReadTitle(string? title)
    {
        if (title is null || TitleVerb.Match(title) is not { Success: true } verb)
            return;
        var into = verb.Groups["verb"].Value == "废止" ? Repeals : Amends;
        var named = new List<DocumentReference>();
        for (var m = TitleInBrackets.Match(title, verb.Index + verb.Length); m.Success; m = m.NextMatch())
            named.Add(new DocumentReference(m.Groups["title"].Value, null));
        AddAll(into, named);
    }

    private List<DocumentReference> Cited(string clause) =>
        ReferenceExtractor.Extract(new[] { clause }, ownNumber, ownInnerTitle)
            .Where(r => r.DocNumber is not null || (r.Title != ownTitle && r.Title != ownInnerTitle)) // a re-issue may repeal its namesake by 文号
            .ToList();

    private static void AddAll(List<DocumentReference> into, IEnumerable<DocumentReference> references)
    {
        foreach (var r in references)
            if (!into.Contains(r))
                into.Add(r);
    }
}
