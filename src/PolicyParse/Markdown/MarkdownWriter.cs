using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyParse.Model;

namespace PolicyParse.Markdown;

/// <summary>Renders a notice as a readable outline for a person: header fields, the section tree, tasks.</summary>
public static class MarkdownWriter
{
    /// <summary>The Markdown outline of <paramref name="document"/>.</summary>
    public static string Write(PolicyDocument document)
    {
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(document.Title ?? document.Source.FileName ?? "(untitled)").AppendLine();

        Field(sb, "文件", document.Source.FileName);
        Field(sb, "文种", document.DocType);
        Field(sb, "发文字号", document.DocNumber?.Text);
        Field(sb, "发文机关", Join(document.Issuers));
        Field(sb, "附件标题", document.InnerTitle);
        Field(sb, "主送", Join(document.Addressees));
        Field(sb, "成文日期", Date(document.SignDate));
        Field(sb, "公开属性", document.PublishAttribute);
        Field(sb, "抄送", Join(document.Cc));
        Field(sb, "印发", string.Join(" ", new[] { document.PrintedBy, Date(document.PrintDate) }.Where(s => s is not null)));
        foreach (var a in document.Attachments)
            Field(sb, "附件" + a.Number?.ToString(CultureInfo.InvariantCulture), a.Title);
        if (document.Validity is { } validity)
        {
            Field(sb, "施行", validity.EffectiveText is null ? null : $"{Date(validity.Effective) ?? "—"}（{validity.EffectiveText}）");
            Field(sb, "有效期至", validity.ExpiresText is null ? null : $"{Date(validity.Expires) ?? "—"}（{validity.ExpiresText}）");
            foreach (var r in validity.Repeals)
                Field(sb, "废止", Reference(r));
            foreach (var r in validity.Amends)
                Field(sb, "修改", Reference(r));
            foreach (var r in validity.AmendedBy)
                Field(sb, "修改依据", Reference(r));
        }
        sb.AppendLine();

        if (document.Sections.Count > 0)
        {
            sb.AppendLine("## 正文结构").AppendLine();
            foreach (var node in document.Sections)
                Outline(sb, node, 0);
            sb.AppendLine();
        }

        if (document.Tasks.Count > 0)
        {
            sb.AppendLine("## 任务").AppendLine();
            sb.AppendLine("| 序号 | 类别 | 内容 | 牵头单位 | 责任单位 | 时限 |").AppendLine("|---|---|---|---|---|---|");
            foreach (var t in document.Tasks)
                sb.Append("| ").Append(Cell(t.Number)).Append(" | ").Append(Cell(t.Category)).Append(" | ").Append(Cell(t.Content))
                  .Append(" | ").Append(Cell(Join(t.LeadUnits))).Append(" | ").Append(Cell(Join(t.ResponsibleUnits)))
                  .Append(" | ").Append(Cell(t.Deadline?.Text)).AppendLine(" |");
            sb.AppendLine();
        }

        if (document.References.Count > 0)
        {
            sb.AppendLine("## 引用文件").AppendLine();
            foreach (var r in document.References)
                sb.Append("- ").AppendLine(Reference(r));
            sb.AppendLine();
        }

        if (document.Warnings.Count > 0)
        {
            sb.AppendLine("## 提示").AppendLine();
            foreach (var w in document.Warnings)
                sb.Append("- ").AppendLine(w);
        }
        return sb.ToString();
    }

    private static string Reference(DocumentReference r) =>
        string.Join(" ", new[] { r.Title is null ? null : "《" + r.Title + "》", r.DocNumber }.Where(s => s is not null));

    private static void Outline(StringBuilder sb, SectionNode node, int depth)
    {
        sb.Append(' ', depth * 2).Append("- ").Append(node.Marker);
        sb.AppendLine(node.Heading ?? Shorten(node.Text));
        foreach (var child in node.Children)
            Outline(sb, child, depth + 1);
    }

    private static void Field(StringBuilder sb, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            sb.Append("- **").Append(name).Append("**: ").AppendLine(value);
    }

    private static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join("、", items);

    private static string? Date(System.DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|").Replace("\n", " ");

    private static string Shorten(string text)
    {
        var first = text.Split('\n')[0];
        return first.Length <= 40 ? first : first.Substring(0, 40) + "…";
    }
}
