using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicyParse.Json;
using PolicyParse.Model;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Tests.Indexing;

public class StoredFieldsTests
{
    private static readonly PolicyParser Parser = new();

    /// <summary>A notice document's stored fields as the mapper writes them: the body, then the notice.</summary>
    private static Document Stored(PolicyDocument notice, string? body = null)
    {
        var d = new Document { new StoredField(IndexFields.Body, body ?? NoticeText.Body(notice)) };
        foreach (var field in StoredFields.NoticeFields(notice))
            d.Add(field);
        return d;
    }

    public static IEnumerable<object[]> CorpusFiles() =>
        Directory.GetFiles(Path.Combine(TestCorpus.Directory, "dev", "docs"), "*", SearchOption.AllDirectories)
            .Concat(TestCorpus.Texts())
            .Where(f => Path.GetExtension(f) is ".txt" or ".html" or ".md" or ".docx")
            .Select(f => new object[] { Path.GetRelativePath(TestCorpus.Directory, f) });

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void A_real_notice_stored_once_comes_back_as_parsed(string file)
    {
        var notice = Parser.ParseFile(Path.Combine(TestCorpus.Directory, file));
        var d = Stored(notice);

        Assert.Equal(PolicyJson.Serialize(notice, indented: false), StoredFields.NoticeJson(d));
        Assert.Equal(PolicyJson.Serialize(notice), PolicyJson.Serialize(StoredFields.Notice(d)));
    }

    [Fact]
    public void The_stored_json_leaves_out_the_text_the_body_holds()
    {
        var notice = Parser.ParseFile(Path.Combine(TestCorpus.Directory, "000-sucheng-2021-zhengwu-gongkai.txt"));
        var utf8 = Stored(notice).GetBinaryValue(IndexFields.NoticeJson);
        var json = Encoding.UTF8.GetString(utf8.Bytes, utf8.Offset, utf8.Length);

        var texts = NoticeText.Sections(notice.Sections).Select(s => s.Text).Where(t => t.Length > 8).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.DoesNotContain(t, json));
        Assert.Contains(notice.Title!, json); // the header stays
        Assert.True(json.Length * 2 < PolicyJson.Serialize(notice, indented: false).Length, $"{json.Length} characters");
    }

    [Fact]
    public void Empty_and_missing_pieces_and_line_feeds_within_them_come_back()
    {
        static SectionNode Section(string marker, string? heading, string text, params SectionNode[] children) =>
            new() { Kind = SectionKind.Heading, Level = 1, Marker = marker, Heading = heading, Text = text, Children = children };
        var notice = new PolicyDocument
        {
            Title = "关于测试的通知",
            Preamble = "",
            Sections = new[]
            {
                Section("一、", "", "第一段。\n第二段。", Section("（一）", null, ""), Section("", "无编号标题\n续行", "")),
                Section("二、", null, "\n"),
                Section("三、", "总则", "", Section("1.", "小标题", "正文。")),
            },
        };
        var d = Stored(notice);

        Assert.Equal(PolicyJson.Serialize(notice), PolicyJson.Serialize(StoredFields.Notice(d)));
        Assert.Null(StoredFields.Notice(Stored(notice with { Preamble = null })).Preamble);
    }

    [Theory]
    [InlineData(-1)] // the body one character short
    [InlineData(1)] // a character over
    public void A_body_that_does_not_match_its_pieces_is_a_corrupt_index(int change)
    {
        var notice = Parser.ParseFile(Path.Combine(TestCorpus.Directory, "000-sucheng-2021-zhengwu-gongkai.txt"));
        var body = NoticeText.Body(notice);
        var d = Stored(notice, change < 0 ? body[..^1] : body + "。");

        Assert.Throws<CorruptIndexException>(() => StoredFields.Notice(d));
    }

    [Fact]
    public void Damaged_piece_lengths_are_a_corrupt_index()
    {
        Assert.Throws<CorruptIndexException>(() => StoredNoticeText.Decode(new byte[] { 0x85 })); // ends within a number
        Assert.Throws<CorruptIndexException>(() => StoredNoticeText.Decode(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x7F })); // over 31 bits
        Assert.Equal(new[] { 0, 127, 128, 300_000 }, StoredNoticeText.Decode(StoredNoticeText.Encode(new List<int> { 0, 127, 128, 300_000 })));
    }

    [Fact]
    public void An_index_written_before_stores_the_whole_json_and_it_still_reads()
    {
        var notice = Parser.ParseFile(Path.Combine(TestCorpus.Directory, "000-sucheng-2021-zhengwu-gongkai.txt"));
        var json = PolicyJson.Serialize(notice, indented: false);
        var utf8 = new Document { new StoredField(IndexFields.NoticeJson, new BytesRef(Encoding.UTF8.GetBytes(json))) };
        var text = new Document { new StoredField(IndexFields.NoticeJson, json) };

        foreach (var d in new[] { utf8, text })
        {
            Assert.Equal(json, StoredFields.NoticeJson(d));
            Assert.Equal(PolicyJson.Serialize(notice), PolicyJson.Serialize(StoredFields.Notice(d)));
        }
        Assert.Null(StoredFields.NoticeJson(new Document()));
    }
}
