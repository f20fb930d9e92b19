using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PolicyParse.Parsing;

/// <summary>Recognizes names of organs and units (发文机关, 主送机关, 抄送机关) by their endings.</summary>
internal static class OrganNames
{
    // Right to left: only the end of the name is tried, not every start position. 行 and 会 end many
    // ordinary words (推行, 执行, 运行; 大会, 奥运会), so only the organ words ending in them count.
    private static readonly Regex OrganSuffix = new(
        @"(人民政府|政府|办公室|办公厅|办事处|委员会|管委会|人大常委会|常委会|政协|党委|党组|法院|检察院|人武部|部门|单位|机构|中心|公司|集团|委|局|厅|部|院|署|司|办|室|协会|学会|商会|工会|联合会|理事会|基金会|红十字会|处|所|站|队|银行|分行|支行|军区|军分区|社|团|街道|各镇|各乡)(（室）|\(室\))?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, PatternTimeout.Value);

    /// <summary>True for a short line that is an organ name and nothing else (not a title line that happens to end like one).</summary>
    public static bool IsOrganLine(string text) =>
        text.Length is >= 2 and <= 40
        && text.IndexOfAny(SentencePunctuation) < 0
        && !Array.Exists(TitleWords, w => text.IndexOf(w, StringComparison.Ordinal) >= 0)
        && OrganSuffix.IsMatch(text);

    /// <summary>Words of a title's "X关于…", "X转发Y…" frame, which no organ name contains.</summary>
    private static readonly string[] TitleWords = { "关于", "转发", "印发", "批转", "颁发" };

    /// <summary>True when <paramref name="name"/> ends like an organ or unit name.</summary>
    public static bool LooksLikeOrgan(string name) => OrganSuffix.IsMatch(name);

    private static readonly Regex WideGap = new(@"[\s\u3000]{2,}", RegexOptions.Compiled, PatternTimeout.Value);

    /// <summary>Joint signatures and banners set organs apart with wide gaps; splits a raw line there and normalizes each part.</summary>
    public static IEnumerable<string> SplitOnWideGaps(string raw)
    {
        var trimmed = raw.Trim();
        if (!HasWideGap(trimmed))
            return Normalizing.TextNormalizer.Normalize(trimmed) is { Length: > 0 } whole ? new[] { whole } : Array.Empty<string>();
        return WideGap.Split(trimmed).Select(Normalizing.TextNormalizer.Normalize).Where(part => part.Length > 0);
    }

    /// <summary>Two white-space characters in a row (what <see cref="WideGap"/> splits on), found without the regex.</summary>
    private static bool HasWideGap(string text)
    {
        for (int i = 1; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(text[i - 1]))
                return true;
        return false;
    }

    private static readonly char[] SentencePunctuation = { '。', '，', ',', '：', ':', '；', ';', '！', '？', '《', '》', '“' };
}
