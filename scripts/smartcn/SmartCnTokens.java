// Prints SmartChineseAnalyzer's tokens for each file (one JSON line per file) and, with --speed,
// its characters per second over all files together (best of three passes after a warm-up).
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

public class SmartCnTokens {
    public static void main(String[] args) throws Exception {
        Analyzer analyzer = new SmartChineseAnalyzer();
        boolean speed = args.length > 0 && args[0].equals("--speed");
        StringBuilder all = new StringBuilder();
        for (int i = speed ? 1 : 0; i < args.length; i++) {
            String text = new String(Files.readAllBytes(Paths.get(args[i])), StandardCharsets.UTF_8);
            all.append(text);
            if (speed) continue;
            StringBuilder line = new StringBuilder("{\"file\":\"" + args[i] + "\",\"tokens\":[");
            try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                boolean first = true;
                while (ts.incrementToken()) {
                    if (!first) line.append(',');
                    first = false;
                    line.append("[").append(offset.startOffset()).append(',').append(offset.endOffset()).append(']');
                }
                ts.end();
            }
            System.out.println(line.append("]}"));
        }
        if (!speed) return;
        String text = all.toString();
        long start = System.nanoTime();
        while (System.nanoTime() - start < 3_000_000_000L) count(analyzer, text); // warm-up: 3 s
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < 3; pass++) {
            long t = System.nanoTime();
            count(analyzer, text);
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf("smartcn chars=%d seconds=%.4f chars_per_s=%.0f%n", text.length(), best, text.length() / best);
    }

    private static int count(Analyzer analyzer, String text) throws Exception {
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
            ts.reset();
            while (ts.incrementToken()) n++;
            ts.end();
        }
        return n;
    }
}
