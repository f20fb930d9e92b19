using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PolicyParse.Parsing.Tasks;

/// <summary>
/// An assignment written into running text: "（责任单位：各镇〈街〉、区财政局）", "（牵头单位：A；责任单位：B）",
/// "[责任单位:…]", "（市规划国土委负责落实）", or a line of its own, "牵头单位：…".
/// </summary>
/// <param name="Start">Where the annotation starts in the paragraph (its opening bracket).</param>
/// <param name="End">Where it ends (after its closing bracket).</param>
/// <param name="Lead">牵头单位.</param>
/// <param name="Responsible">责任单位 and 配合单位.</param>
/// <param name="DeadlineText">A 完成时限 written into the annotation, as written.</param>
internal sealed record InlineAnnotation(int Start, int End, IReadOnlyList<string> Lead, IReadOnlyList<string> Responsible, string? DeadlineText)
{
    private static readonly string[] LeadKeys = { "牵头单位", "牵头部门" };
    private static readonly string[] ResponsibleKeys = { "责任单位", "责任部门", "配合单位", "配合部门", "责任主体", "参与单位" };
    private static readonly string[] DeadlineKeys = { "完成时限", "完成时间", "时间节点", "时限要求" };
    private static readonly string[] AllKeys = LeadKeys.Concat(ResponsibleKeys).Concat(DeadlineKeys).ToArray();

    private const string Opening = "（(［[【";
    private const string Closing = "）)］]】";

    /// <summary>"（市发展改革委、市经济信息化委分别负责落实）": units, then who does what.</summary>
    private static readonly Regex ChargedWith = new(
        @"[（(](?<units>[^（）()。，,；;：:]{2,80}?)(?:分别)?负责(?:落实|实施|推进)?[）)]",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>Whether the text may hold an annotation: every form has a colon ("责任单位：") or 负责.</summary>
    public static bool MayOccurIn(string text) =>
        text.IndexOf('：') >= 0 || text.IndexOf(':') >= 0 || text.IndexOf("负责", StringComparison.Ordinal) >= 0;

    /// <summary>Every annotation in a paragraph, in order.</summary>
    public static List<InlineAnnotation> FindAll(string text)
    {
        var found = new List<InlineAnnotation>();
        if (!MayOccurIn(text))
            return found; // most paragraphs
        bool hasCharge = text.IndexOf("负责", StringComparison.Ordinal) >= 0;
        int from = 0;
        while (FindKey(text, from) is { } key)
        {
            int open = OpeningBefore(text, key.Index, key.Key);
            if (open < 0 && key.Index > 0)
            {
                from = key.Index + key.Length; // a keyword inside a sentence, not an annotation
                continue;
            }
            int bodyStart = open < 0 ? 0 : open + 1;
            int close = open < 0 ? -1 : ClosingAfter(text, open);
            int bodyEnd = close < 0 ? text.Length : close;
            found.Add(Read(text.Substring(bodyStart, bodyEnd - bodyStart), open < 0 ? 0 : open, close < 0 ? text.Length : close + 1));
            from = close < 0 ? text.Length : close + 1;
        }
        for (var m = hasCharge ? ChargedWith.Match(text) : System.Text.RegularExpressions.Match.Empty; m.Success; m = m.NextMatch())
        {
            if (found.Any(a => m.Index < a.End && a.Start < m.Index + m.Length))
                continue;
            if (m.Groups["units"].Value.IndexOf('由') >= 0)
                continue; // "（技工院校内由人社部门负责）": a remark on who is in charge where, not an assignment
            var (lead, responsible) = UnitAssignment.Parse(m.Groups["units"].Value + "负责");
            found.Add(new InlineAnnotation(m.Index, m.Index + m.Length, lead, responsible, null));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Reads "牵头单位：A；责任单位：B；完成时限：…" into its parts.</summary>
    private static InlineAnnotation Read(string body, int start, int end)
    {
        var lead = new List<string>();
        var responsible = new List<string>();
        string? deadline = null;
        var keys = new List<(int Index, int Length, string Key)>();
        for (int from = 0; FindKey(body, from) is { } k; from = k.Index + k.Length)
            keys.Add(k);
        for (int i = 0; i < keys.Count; i++)
        {
            int valueStart = keys[i].Index + keys[i].Length;
            int valueEnd = i + 1 < keys.Count ? keys[i + 1].Index : body.Length;
            var value = body.Substring(valueStart, valueEnd - valueStart).Trim().TrimEnd('；', ';', '，', ',', '。').Trim();
            if (value.Length == 0)
                continue;
            if (Array.IndexOf(DeadlineKeys, keys[i].Key) >= 0)
                deadline = value;
            else if (Array.IndexOf(LeadKeys, keys[i].Key) >= 0)
                lead.AddRange(UnitSplitter.Split(value));
            else
            {
                var (l, r) = UnitAssignment.Parse(value);
                lead.AddRange(l);
                responsible.AddRange(r);
            }
        }
        return new InlineAnnotation(start, end, lead, responsible, deadline);
    }

    /// <summary>
    /// The next keyword followed by a colon: (index, length up to and with the colon, keyword). Found from
    /// the colons, which are few, rather than by searching every keyword through the text.
    /// </summary>
    private static (int Index, int Length, string Key)? FindKey(string text, int from)
    {
        for (int colon = text.IndexOfAny(Colons, from); colon >= 0; colon = colon + 1 < text.Length ? text.IndexOfAny(Colons, colon + 1) : -1)
        {
            int keyEnd = colon;
            while (keyEnd > from && text[keyEnd - 1] == ' ') keyEnd--;
            foreach (var key in AllKeys)
            {
                int start = keyEnd - key.Length;
                if (start >= from && string.CompareOrdinal(text, start, key, 0, key.Length) == 0)
                    return (start, colon + 1 - start, key);
            }
        }
        return null;
    }

    private static readonly char[] Colons = { '：', ':' };

    /// <summary>
    /// The bracket that opens an annotation: right before its keyword (spaces aside), or before the
    /// start of the keyword that a broken line wrote twice ("（责" + "责任单位：…").
    /// </summary>
    private static int OpeningBefore(string text, int keyIndex, string key)
    {
        int i = keyIndex - 1;
        while (i >= 0 && text[i] == ' ') i--;
        int repeated = 0; // characters between bracket and keyword that repeat the keyword's start
        while (i >= 0 && repeated < key.Length - 1 && Opening.IndexOf(text[i]) < 0)
        {
            repeated++;
            i--;
        }
        if (i < 0 || Opening.IndexOf(text[i]) < 0)
            return -1;
        return repeated == 0 || string.CompareOrdinal(text, i + 1, key, 0, repeated) == 0 ? i : -1;
    }

    /// <summary>The bracket that closes the one at <paramref name="open"/>, skipping brackets nested inside; -1 when the text ends first.</summary>
    private static int ClosingAfter(string text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            if (Opening.IndexOf(text[i]) >= 0) depth++;
            else if (Closing.IndexOf(text[i]) >= 0 && --depth == 0) return i;
        }
        return -1;
    }
}
