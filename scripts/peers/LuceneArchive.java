import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

/**
 * The peer a user would otherwise run: Java Lucene 4.10 indexing the same notices' title (first line)
 * and body text with SmartChineseAnalyzer or StandardAnalyzer, stored like ours, on N threads into one
 * IndexWriter with the same RAM buffer; and its bare top-10 search over title and body.
 *
 *   index smartcn|standard ARCHIVE INDEX THREADS   prints notices, seconds, notices/s, MB of text/s
 *   search smartcn|standard INDEX QUERIES           prints p50 and p99 of top-10 searches (stored titles read)
 */
public final class LuceneArchive {
    public static void main(String[] args) throws Exception {
        Analyzer analyzer = args[1].equals("smartcn") ? new SmartChineseAnalyzer(Version.LUCENE_4_10_4) : new StandardAnalyzer(Version.LUCENE_4_10_4);
        if (args[0].equals("index")) index(analyzer, Paths.get(args[2]), Paths.get(args[3]), Integer.parseInt(args[4]));
        else search(analyzer, Paths.get(args[2]), Paths.get(args[3]));
    }

    private static void index(Analyzer analyzer, Path archive, Path indexPath, int threads) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(archive)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        IndexWriterConfig config = new IndexWriterConfig(Version.LUCENE_4_10_4, analyzer);
        config.setRAMBufferSizeMB(64);
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexPath.toFile()), config)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (Path file : files) {
                pool.submit(() -> {
                    byte[] raw = Files.readAllBytes(file);
                    bytes.addAndGet(raw.length);
                    String text = new String(raw, StandardCharsets.UTF_8);
                    int firstLine = text.indexOf('\n');
                    Document d = new Document();
                    d.add(new TextField("path", file.toString(), Field.Store.YES));
                    d.add(new TextField("title", firstLine < 0 ? text : text.substring(0, firstLine), Field.Store.YES));
                    d.add(new TextField("body", text, Field.Store.YES));
                    writer.addDocument(d);
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.DAYS);
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("notices=%d seconds=%.1f notices_per_s=%.0f text_mb_per_s=%.2f%n",
            files.size(), seconds, files.size() / seconds, bytes.get() / 1048576.0 / seconds);
    }

    private static void search(Analyzer analyzer, Path indexPath, Path queryFile) throws Exception {
        List<String> texts = Files.readAllLines(queryFile, StandardCharsets.UTF_8);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexPath.toFile()))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            MultiFieldQueryParser parser = new MultiFieldQueryParser(Version.LUCENE_4_10_4, new String[] { "title", "body" }, analyzer);
            List<Query> queries = new ArrayList<>();
            for (String text : texts) {
                if (text.isEmpty()) continue;
                try { queries.add(parser.parse(text)); }
                catch (ParseException e) { queries.add(parser.parse(MultiFieldQueryParser.escape(text))); }
            }
            long warm = System.nanoTime();
            while (System.nanoTime() - warm < 20_000_000_000L)
                for (Query q : queries) top10(searcher, q);
            List<Double> ms = new ArrayList<>();
            for (int round = 0; round < 10; round++)
                for (Query q : queries) {
                    long t = System.nanoTime();
                    top10(searcher, q);
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            Collections.sort(ms);
            System.out.printf("searches=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", ms.size(),
                ms.get((int) Math.ceil(0.50 * ms.size()) - 1), ms.get((int) Math.ceil(0.99 * ms.size()) - 1), ms.get(ms.size() - 1));
        }
    }

    private static void top10(IndexSearcher searcher, Query q) throws IOException {
        TopDocs top = searcher.search(q, 10);
        for (ScoreDoc hit : top.scoreDocs) searcher.doc(hit.doc).get("title");
    }
}
