using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PolicyParse.Model;
using PolicyParse.Parsing.Dates;
using PolicyParse.Parsing.DocumentNumbers;
using PolicyParse.Parsing.Header;

namespace PolicyParse.Parsing.Metadata;

/// <summary>
/// Applies fields a source states apart from the text (a web page's metadata table): they are taken as
/// authoritative for 发文字号, 标题, 发文机关 and 成文日期, and a warning says where the text disagrees.
/// </summary>
internal static class SourceMetadata
{
    private static readonly char[] OrganSeparators = { ' ', '、', '，', ',', '；', ';', '\u3000' };

    public static PolicyDocument Apply(PolicyDocument document, IReadOnlyDictionary<string, string> metadata, List<string> warnings)
    {
        if (metadata.Count == 0)
            return document;

        if (metadata.TryGetValue("发文字号", out var numberText) && DocumentNumberParser.Parse(numberText) is { } number)
        {
            Disagree("发文字号", number.Text, document.DocNumber?.Text, warnings);
            document = document with { DocNumber = number };
            Resolved(warnings, "no document number");
        }
        if (metadata.TryGetValue("标题", out var title) && title.Length > 0)
        {
            Disagree("标题", title, document.Title, warnings);
            document = document with { Title = title, DocType = TitleAnalyzer.DocType(title), InnerTitle = TitleAnalyzer.InnerTitle(title) };
            Resolved(warnings, "no title");
        }
        if (metadata.TryGetValue("发文机关", out var organs))
        {
            var issuers = organs.Split(OrganSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (issuers.Length > 0)
            {
                Disagree("发文机关", string.Join("、", issuers), document.Issuers.Count > 0 ? string.Join("、", document.Issuers) : null, warnings);
                document = document with { Issuers = issuers };
                Resolved(warnings, "no issuer");
            }
        }
        if (metadata.TryGetValue("成文日期", out var dateText) && TryParseDate(dateText, out var date))
        {
            Disagree("成文日期", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.SignDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), warnings);
            document = document with { SignDate = date };
            Resolved(warnings, "no signature date");
        }
        return document;
    }

    /// <summary>A gap the text left that the metadata filled is no longer worth a warning.</summary>
    private static void Resolved(List<string> warnings, string gap) => warnings.RemoveAll(w => w.StartsWith(gap, StringComparison.Ordinal));

    private static void Disagree(string field, string fromMetadata, string? fromText, List<string> warnings)
    {
        if (fromText is not null && fromText != fromMetadata)
            warnings.Add($"the source's metadata gives {field} \"{fromMetadata}\" but the text says \"{fromText}\"; took the metadata");
    }

    /// <summary>2021-07-09, 2021/7/9, 2021.07.09, 2021年7月9日, 二〇二一年七月九日.</summary>
    private static bool TryParseDate(string text, out DateTime date)
    {
        var trimmed = text.Trim();
        if (ChineseDate.TryParseWhole(trimmed, out date))
            return true;
        var parts = trimmed.Split('-', '/', '.');
        if (parts.Length == 3 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            int year = int.Parse(parts[0], CultureInfo.InvariantCulture), month = int.Parse(parts[1], CultureInfo.InvariantCulture), day = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (year is > 1900 and < 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateTime(year, month, day);
                return true;
            }
        }
        date = default;
        return false;
    }
}
