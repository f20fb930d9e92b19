using System.IO;
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
}
