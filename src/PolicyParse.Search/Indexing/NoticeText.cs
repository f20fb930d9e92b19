using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using PolicyParse.Model;

namespace PolicyParse.Search.Indexing;

/// <summary>The text a notice contributes to the index and to the export: one place, so both say the same.</summary>
internal static class NoticeText
{
    /// <summary>The notice's words in reading order: lead text, then every section's heading and text.</summary>
    public static string Body(PolicyDocument notice)
    {
        var sb = new StringBuilder();
        if (notice.Preamble is { } preamble) sb.Append(preamble).Append('\n');
        foreach (var section in Sections(notice.Sections))
            AppendSection(sb, section.Marker, section.Heading, section.Text);
        return sb.ToString();
    }

    /// <summary>
    /// <see cref="Body(PolicyDocument)"/> read straight from the notice's contract JSON (UTF-8) without
    /// building the notice: what a hit's snippets are cut from, the index storing no body apart from the
    /// JSON. The JSON lists sections parents first, each one's marker, heading and text before its children.
    /// </summary>
    public static string Body(ReadOnlySpan<byte> noticeJson)
    {
        var sb = new StringBuilder();
        var reader = new Utf8JsonReader(noticeJson);
        reader.Read(); // the notice
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool preamble = reader.ValueTextEquals("preamble"), sections = reader.ValueTextEquals("sections");
            reader.Read();
            if (preamble && reader.TokenType == JsonTokenType.String)
            {
                sb.Append(reader.GetString()).Append('\n');
            }
            else if (sections && reader.TokenType == JsonTokenType.StartArray)
            {
                AppendSections(ref reader, sb);
                break; // the preamble comes before the sections; tasks, references and the rest after them
            }
            else
            {
                reader.Skip();
            }
        }
        return sb.ToString();
    }

    /// <summary>Appends the sections of the array the reader is at, and their children, leaving the reader at the array's end.</summary>
    private static void AppendSections(ref Utf8JsonReader reader, StringBuilder sb)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string marker = "", text = "";
            string? heading = null;
            bool appended = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("children"))
                {
                    reader.Read();
                    AppendSection(sb, marker, heading, text); // before its children
                    appended = true;
                    if (reader.TokenType == JsonTokenType.StartArray)
                        AppendSections(ref reader, sb);
                    continue;
                }
                bool isMarker = reader.ValueTextEquals("marker"), isHeading = reader.ValueTextEquals("heading"), isText = reader.ValueTextEquals("text");
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                    reader.Skip();
                else if (isMarker)
                    marker = reader.GetString()!;
                else if (isHeading)
                    heading = reader.GetString();
                else if (isText)
                    text = reader.GetString()!;
            }
            if (!appended)
                AppendSection(sb, marker, heading, text);
        }
    }

    private static void AppendSection(StringBuilder sb, string marker, string? heading, string text)
    {
        sb.Append(marker);
        if (heading is not null) sb.Append(heading).Append('\n');
        if (text.Length > 0) sb.Append(text).Append('\n');
    }

    /// <summary>Every section of the tree, parents before their children.</summary>
    public static IEnumerable<SectionNode> Sections(IEnumerable<SectionNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Sections(n.Children)));
}
