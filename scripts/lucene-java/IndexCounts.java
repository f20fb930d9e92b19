// Opens an index written by PolicyParse (Lucene.Net 4.8) with Java Lucene 4.10 and prints hit counts
// of exact-field queries, one "name=count" per line, to compare with what PolicyParse reports.
import java.io.File;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.NumericRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

public class IndexCounts {
    public static void main(String[] args) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(new File(args[0])))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            print(searcher, "notices", new TermQuery(new Term("kind", "notice")));
            print(searcher, "tasks", new TermQuery(new Term("kind", "task")));
            print(searcher, "notices_docType_通知", notices(new TermQuery(new Term("docType", "通知"))));
            print(searcher, "notices_docNumber_台政办发〔2022〕4号", notices(new TermQuery(new Term("docNumber", "台政办发〔2022〕4号"))));
            print(searcher, "notices_year_2021", notices(NumericRangeQuery.newIntRange("signDate", 20210101, 20211231, true, true)));
        }
    }

    private static Query notices(Query q) {
        BooleanQuery b = new BooleanQuery();
        b.add(new TermQuery(new Term("kind", "notice")), Occur.MUST);
        b.add(q, Occur.MUST);
        return b;
    }

    private static void print(IndexSearcher searcher, String name, Query q) throws Exception {
        System.out.println(name + "=" + searcher.search(q, 1).totalHits);
    }
}
