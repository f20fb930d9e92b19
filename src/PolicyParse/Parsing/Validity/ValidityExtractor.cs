using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Parsing.Validity;

/// <summary>
/// Reads 时效性 from a notice's closing words and its promulgation lines: the 施行 date, the term, the
/// documents it repeals or amends, and those its history says amended it. Only what the text states; a
/// term without a day to count from keeps its words and no date.
/// </summary>
internal static class ValidityExtractor
{
    private const string Start = "(施行|实施|执行|生效|试行)";

    /// <summary>"自2022年1月1日起施行", "于2022年1月1日起实施", "从二〇二二年一月一日起执行".</summary>
    private static readonly Regex DatedStart = new(
        "[自从于](?<date>" + ChineseDate.Pattern + ")起?(正式)?" + Start, RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>"自印发之日起施行", "自发布之日起实施", "自公布之日起施行".</summary>
    private static readonly Regex StartOnIssue = new(
        "[自从](印发|发布|公布|下发|签发|颁布)之日起" + Start, RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>"有效期至2025年12月31日", "有效期到…", "有效期截至…".</summary>
    private static readonly Regex TermUntil = new(
        "有效期(为)?(至|到|截至|截止到?)(?<date>" + ChineseDate.Pattern + ")", RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>"有效期5年", "有效期为三年", "试行期2年", "试行两年".</summary>
    private static readonly Regex TermYears = new(
        "(有效期|试行期)(为|暂定为?)?(?<n>\\d{1,2}|[一二两三四五六七八九十]{1,2})年|试行(?<n>\\d{1,2}|[一二两三四五六七八九十]{1,2})年",
        RegexOptions.CultureInvariant, PatternTimeout.Value);

    private static readonly char[] ClauseEnds = { '。', '；', ';' };

    /// <summary>The words a start is stated with (<see cref="Start"/>).</summary>
    private static readonly string[] StartWords = { "施行", "实施", "执行", "生效", "试行" };

    /// <summary>A dated start needs a year and a start word; a start on issue, "之日起".</summary>
    private static bool MayStart(string text) => (text.IndexOf('年') >= 0 && ContainsAny(text, StartWords)) || text.Contains("之日起");

    /// <summary>A term needs "有效期" or "试行" (试行期, 试行两年).</summary>
    private static bool MayEnd(string text) => text.Contains("有效期") || text.Contains("试行");

    /// <summary>
    /// Whether a line may state any of it: most body lines do not, and are not split or matched — not
    /// even those with 实施 or 执行 alone, which policy text uses everywhere.
    /// </summary>
    private static bool MayState(string text) => MayStart(text) || MayEnd(text) || ContainsAny(text, ChangedDocuments.Signals);

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
                return true;
        return false;
    }

    public static NoticeValidity? Extract(IEnumerable<string> texts, DateTime? signDate, string? ownNumber, string? ownTitle, string? ownInnerTitle)
    {
        DateTime? effective = null, expires = null;
        string? effectiveText = null, expiresText = null, termText = null;
        int termYears = 0;
        var changed = new ChangedDocuments(ownNumber, ownTitle, ownInnerTitle);
        foreach (var text in texts)
        {
            if (!MayState(text))
                continue; // most body lines: no split, no matching
            foreach (var clause in text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries))
            {
                if (effectiveText is null && MayStart(clause))
                {
                    if (DatedStart.Match(clause) is { Success: true } dated
                        && ChineseDate.TryConvert(ChineseDate.Pattern.Match(dated.Groups["date"].Value), out var start))
                        (effective, effectiveText) = (start, dated.Value);
                    else if (StartOnIssue.Match(clause) is { Success: true } onIssue)
                        (effective, effectiveText) = (signDate, onIssue.Value);
                }
                if ((expiresText is null || termText is null) && MayEnd(clause))
                {
                    if (expiresText is null && TermUntil.Match(clause) is { Success: true } until
                        && ChineseDate.TryConvert(ChineseDate.Pattern.Match(until.Groups["date"].Value), out var end))
                        (expires, expiresText) = (end, until.Value);
                    else if (termText is null && TermYears.Match(clause) is { Success: true } term)
                        (termYears, termText) = (ChineseNumerals.Parse(term.Groups["n"].Value.Replace('两', '二')), term.Value);
                }
                if (ContainsAny(clause, ChangedDocuments.Signals))
                    changed.Read(clause);
            }
        }
        if (expiresText is null && termText is not null)
        {
            expiresText = termText;
            if ((effective ?? signDate) is { } from && termYears > 0)
                expires = from.AddYears(termYears).AddDays(-1);
        }
        if (effectiveText is null && expiresText is null && changed.Repeals.Count + changed.Amends.Count + changed.AmendedBy.Count == 0)
            return null;
        return new NoticeValidity
        {
            Effective = effective,
            EffectiveText = effectiveText,
            Expires = expires,
            ExpiresText = expiresText,
            Repeals = changed.Repeals,
            Amends = changed.Amends,
            AmendedBy = changed.AmendedBy,
        };
    }
}
