using System.IO;
using System.Linq;
using Lucene.Net.Documents;
using PolicyParse.Json;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Tests.Indexing;

public class StoredFieldsTests
{
    private static readonly PolicyParser Parser = new();

    [Fact]
    public void A_notice_stored_as_utf8_json_comes_back_as_written()
    {
        var notice = Parser.ParseFile(Path.Combine(TestCorpus.Directory, "000-sucheng-2021-zhengwu-gongkai.txt"));
        var d = new Document { StoredFields.NoticeJsonField(notice) };

        Assert.Equal(PolicyJson.Serialize(notice, indented: false), StoredFields.NoticeJson(d));
        Assert.Equal(PolicyJson.Serialize(notice), PolicyJson.Serialize(StoredFields.Notice(d)));
    }

    [Fact]
    public void An_index_written_before_stores_the_json_as_a_string_and_it_still_reads()
    {
        var notice = Parser.ParseText("关于做好防汛工作的通知\n各乡镇人民政府：\n现就做好今年防汛工作通知如下。", "t.txt");
        var json = PolicyJson.Serialize(notice, indented: false);
        var d = new Document { new StoredField(IndexFields.NoticeJson, json) };

        Assert.Equal(json, StoredFields.NoticeJson(d));
        Assert.Equal("关于做好防汛工作的通知", StoredFields.Notice(d).Title);
        Assert.Null(StoredFields.NoticeJson(new Document()));
    }

    /// <summary>Every notice of the corpus and the development corpus, from every format they come in.</summary>
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in TestCorpus.Texts().Concat(Directory.GetFiles(Path.Combine(TestCorpus.Directory, "dev", "docs"))).OrderBy(f => f, System.StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestCorpus.Directory, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void The_body_read_from_the_stored_json_is_the_body_indexed(string file)
    {
        var notice = Parser.ParseFile(Path.Combine(TestCorpus.Directory, file));
        var d = new Document { StoredFields.NoticeJsonField(notice) };

        Assert.Equal(NoticeText.Body(notice), StoredFields.NoticeBody(d));
    }

    [Fact]
    public void The_body_comes_from_nested_sections_in_reading_order_and_from_a_stored_body_in_older_indexes()
    {
        var notice = Parser.ParseText(
            "关于做好防汛工作的通知\n各乡镇人民政府：\n现就有关事项通知如下。\n一、加强组织领导\n（一）落实责任。各乡镇要落实责任。\n（二）强化值守。\n二、做好物资储备\n储备充足物资。", "t.txt");
        Assert.Contains(notice.Sections, s => s.Children.Count == 2); // a heading with two sub-headings
        var body = NoticeText.Body(notice);
        Assert.True(body.IndexOf("一、加强组织领导", System.StringComparison.Ordinal) < body.IndexOf("（二）强化值守", System.StringComparison.Ordinal)
            && body.IndexOf("（二）强化值守", System.StringComparison.Ordinal) < body.IndexOf("二、做好物资储备", System.StringComparison.Ordinal));

        Assert.Equal(body, StoredFields.NoticeBody(new Document { StoredFields.NoticeJsonField(notice) }));
        Assert.Equal(body, StoredFields.NoticeBody(new Document { new StoredField(IndexFields.NoticeJson, PolicyJson.Serialize(notice, indented: false)) }));
        Assert.Equal("stored", StoredFields.NoticeBody(new Document { new StoredField(IndexFields.Body, "stored"), StoredFields.NoticeJsonField(notice) }));
        Assert.Null(StoredFields.NoticeBody(new Document()));
    }
}
