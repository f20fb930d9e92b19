using System.IO;
using System.Threading.Tasks;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Search.Tests;

public class BulkIndexTests
{
    private static string Seed(string name) => Path.Combine(TestCorpus.Directory, name);

    private static int Notices(PolicyIndex index) => index.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Notices }).Total;

    [Fact]
    public void Small_segments_left_by_runs_are_merged_and_the_large_one_kept()
    {
        using var folder = new TempFolder();
        using var index = PolicyIndex.Open(folder.File("index"));
        new BulkIndexer(index).Run(new[] { Path.Combine(TestCorpus.Directory, "dev", "docs") });
        int SmallSegments() // under a tenth of the largest segment's bytes
        {
            var infos = new Lucene.Net.Index.SegmentInfos();
            infos.Read(index.Writer.Directory);
            var sizes = infos.Segments.Select(s => s.GetSizeInBytes()).ToList();
            return sizes.Count(size => size * 10 < sizes.Max());
        }
        Assert.True(SmallSegments() <= 1, $"{SmallSegments()} small segments after the first run");
        int notices = Notices(index);
        foreach (var seed in TestCorpus.Texts()) // one small run a file: each leaves a segment of its own
        {
            var archive = Directory.CreateDirectory(folder.File("archive-" + Path.GetFileNameWithoutExtension(seed))).FullName;
            File.Copy(seed, Path.Combine(archive, Path.GetFileName(seed)));
            new BulkIndexer(index).Run(new[] { archive });
            Assert.True(SmallSegments() <= 1, $"{SmallSegments()} small segments after adding {Path.GetFileName(seed)}");
        }
        Assert.Equal(notices + TestCorpus.Texts().Count, Notices(index));
    }

    [Fact]
    public void A_file_reached_through_two_of_the_roots_given_is_indexed_once()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        foreach (var seed in TestCorpus.Texts())
            File.Copy(seed, Path.Combine(archive, Path.GetFileName(seed)));
        using var index = PolicyIndex.Open(folder.File("index"));
        var one = Path.Combine(archive, Path.GetFileName(TestCorpus.Texts()[0]));

        // New paths are added without a deletion: a path met twice would be two notices.
        var report = new BulkIndexer(index, threads: 2).Run(new[] { archive, one, archive + Path.DirectorySeparatorChar });

        Assert.Equal(TestCorpus.Texts().Count, report.Files);
        Assert.Equal(TestCorpus.Texts().Count, report.Added);
        Assert.Equal(TestCorpus.Texts().Count, Notices(index));
        Assert.Equal(1, index.WithSearcher(s => s.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexFields.Id, "notice:" + one)), 1).TotalHits));
    }

    [Fact]
    public void Rerun_skips_unchanged_updates_changed_reports_duplicates_and_sync_deletes()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        File.Copy(Seed("000-sucheng-2021-zhengwu-gongkai.txt"), Path.Combine(archive, "a.txt"));
        File.Copy(Seed("004-suzhou-2019-zhengwu-gongkai-web.txt"), Path.Combine(archive, "b.txt"));
        File.Copy(Seed("docx/003-taierzhuang-2022-shishi-fangan.docx"), Path.Combine(archive, "c.docx"));
        File.WriteAllBytes(Path.Combine(archive, "broken.pdf"), System.Text.Encoding.ASCII.GetBytes("%PDF-1.7 not really"));
        using var index = PolicyIndex.Open(folder.File("index"));

        var first = new BulkIndexer(index).Run(new[] { archive });
        Assert.Equal((4, 3, 0), (first.Files, first.Added, first.Unchanged));
        Assert.Equal("broken.pdf", Path.GetFileName(Assert.Single(first.Failed).Path));
        Assert.Equal(3, Notices(index));

        var second = new BulkIndexer(index).Run(new[] { archive });
        Assert.Equal((0, 0, 3), (second.Added, second.Updated, second.Unchanged));

        File.AppendAllText(Path.Combine(archive, "a.txt"), "\n抄送：区委办公室。\n");
        File.Copy(Seed("004-suzhou-2019-zhengwu-gongkai-web.txt"), Path.Combine(archive, "b-copy.txt"));
        File.Delete(Path.Combine(archive, "c.docx"));
        var third = new BulkIndexer(index).Run(new[] { archive }, sync: true);
        Assert.Equal((1, 1, 1), (third.Updated, third.Unchanged, third.Deleted));
        Assert.Equal("b-copy.txt", Path.GetFileName(Assert.Single(third.Duplicates).Path));
        Assert.Equal(2, Notices(index));
        Assert.Equal(0, index.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Tasks }).Total); // c.docx took its 67 tasks along
    }

    [Fact]
    public void The_index_keeps_the_folders_and_files_bulk_runs_indexed_with_its_commits()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        File.Copy(Seed("000-sucheng-2021-zhengwu-gongkai.txt"), Path.Combine(archive, "a.txt"));
        var single = folder.File("b.txt");
        File.Copy(Seed("004-suzhou-2019-zhengwu-gongkai-web.txt"), single);
        using (var index = PolicyIndex.Open(folder.File("index")))
        {
            Assert.Empty(index.SourceRoots);
            new BulkIndexer(index).Run(new[] { archive, folder.File("missing") });
            Assert.Equal(new[] { archive }, index.SourceRoots); // a root that is not there is not kept
        }
        using (var index = PolicyIndex.Open(folder.File("index")))
        {
            new BulkIndexer(index).Run(new[] { Path.GetRelativePath(Directory.GetCurrentDirectory(), single), archive });
            Assert.Equal(new[] { archive, single }, index.SourceRoots); // full paths, each once
        }
        using var reader = PolicyIndex.OpenReadOnly(folder.File("index"));
        Assert.Equal(new[] { archive, single }, reader.SourceRoots);
    }

    [Fact]
    public void Copies_of_a_bad_file_fail_with_its_reason_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        File.Copy(Seed("000-sucheng-2021-zhengwu-gongkai.txt"), Path.Combine(archive, "a.txt"));
        var bad = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7 not really");
        foreach (var name in new[] { "bad-1.pdf", "bad-2.pdf", "bad-3.pdf" })
            File.WriteAllBytes(Path.Combine(archive, name), bad);
        using var index = PolicyIndex.Open(folder.File("index"));

        var report = new BulkIndexer(index, threads: 3).Run(new[] { archive });
        Assert.Equal(1, report.Added);
        Assert.Empty(report.Duplicates);
        Assert.Equal(new[] { "bad-1.pdf", "bad-2.pdf", "bad-3.pdf" }, report.Failed.Select(f => Path.GetFileName(f.Path)));
        var original = report.Failed.Single(f => !f.Reason.StartsWith("the same content"));
        Assert.All(report.Failed.Where(f => f != original), copy => Assert.EndsWith(original.Reason, copy.Reason));
    }

    /// <summary>Notice documents in the index's last commit that stand in searches (not marked duplicates), read as a reopened index would.</summary>
    private static int StandingInLastCommit(PolicyIndex index)
    {
        using var reader = Lucene.Net.Index.DirectoryReader.Open(index.Writer.Directory);
        var standing = new Lucene.Net.Search.BooleanQuery
        {
            { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexFields.Kind, "notice")), Lucene.Net.Search.Occur.MUST },
            { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexFields.Duplicate, "true")), Lucene.Net.Search.Occur.MUST_NOT },
        };
        return new Lucene.Net.Search.IndexSearcher(reader).Search(standing, 1).TotalHits;
    }

    [Fact]
    public async Task Every_commit_has_one_file_standing_for_a_document_whose_copies_are_being_written()
    {
        // Commits while another thread writes copies of one notice (one document key): a copy written
        // after a commit's group resolution but before the commit itself would stand beside the
        // group's standing file in what a killed run leaves.
        using var folder = new TempFolder();
        using var index = PolicyIndex.Open(folder.File("index"));
        var notice = new PolicyParser().ParseFile(Seed("000-sucheng-2021-zhengwu-gongkai.txt"));
        var writes = Task.Run(() =>
        {
            for (int i = 0; i < 500; i++)
                index.Write(notice, $"copy-{i:D4}.txt", PolicyIndex.PathStanding.New);
        });
        int commits = 0;
        while (!writes.IsCompleted)
        {
            index.Commit();
            commits++;
            Assert.InRange(StandingInLastCommit(index), 0, 1);
        }
        await writes;
        index.Commit();
        Assert.Equal(1, StandingInLastCommit(index));
        Assert.True(commits > 1, $"{commits} commit(s) while writing");
    }

    [Fact]
    public void Searches_see_committed_work_while_indexing_goes_on()
    {
        using var folder = new TempFolder();
        using var index = PolicyIndex.Open(folder.File("index"));
        var parser = new PolicyParser();
        var searcher = index.CreateSearcher();
        index.Index(parser.ParseFile(Seed("000-sucheng-2021-zhengwu-gongkai.txt")), "a");
        index.Commit();
        Assert.Equal(1, Notices(index));
        index.Index(parser.ParseFile(Seed("004-suzhou-2019-zhengwu-gongkai-web.txt")), "b");
        Assert.Equal(2, searcher.Search("", new SearchOptions { Kind = SearchKind.Notices }).Total); // near-real-time, before the commit
    }

    [Fact]
    public void Facets_leave_out_replaced_versions_in_segments_counted_before()
    {
        using var folder = new TempFolder();
        using var index = PolicyIndex.Open(folder.File("index"));
        var parser = new PolicyParser();
        var searcher = index.CreateSearcher();
        var text = File.ReadAllText(Seed("000-sucheng-2021-zhengwu-gongkai.txt"));
        index.Index(parser.ParseText(text, "a.txt"), "a");
        index.Index(parser.ParseText(text.Replace("〔2021〕24号", "〔2021〕25号"), "b.txt"), "b"); // another notice: one number on
        index.Commit();
        Assert.Equal(2, searcher.Search("", new SearchOptions { Kind = SearchKind.Notices }).Facets["year"]["2021"]); // segment's ordinals now cached

        index.Index(parser.ParseText(text.Replace("2021年", "2023年"), "a.txt"), "a"); // replaces a: its old documents are deleted, not rewritten
        index.Commit();
        var facets = searcher.Search("", new SearchOptions { Kind = SearchKind.Notices }).Facets;
        Assert.Equal(1, facets["year"]["2021"]);
        Assert.Equal(2, facets["issuer"].Values.Sum());
    }
}
