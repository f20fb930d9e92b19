using System.IO;
using PolicyParse.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace PolicyParse.Tests.Reading.Pdf;

public class PdfReaderTests
{
    private static readonly PolicyParser Parser = new();

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    // A 1×1 PNG: enough for a page that is an image and nothing else.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static byte[] Build(params Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont>[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var fill in pages)
            fill(builder.AddPage(PageSize.A4), font);
        return builder.Build();
    }

    /// <summary>A one-page PDF whose cross-reference stream declares the field widths <paramref name="widths"/>.</summary>
    private static byte[] WithXrefStreamWidths(string widths)
    {
        var pdf = new System.Text.StringBuilder("%PDF-1.5\n");
        var objects = new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>" };
        for (int i = 0; i < objects.Length; i++)
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        int xref = pdf.Length;
        pdf.Append($"4 0 obj\n<< /Type /XRef /Size 5 /W [{widths}] /Root 1 0 R /Length 40 >>\nstream\n{new string('\0', 40)}\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }

    [Theory]
    [InlineData("1 3 -99999")]
    [InlineData("1 2147483647 1")]
    public void A_cross_reference_stream_with_an_impossible_field_width_is_refused_not_a_stack_overflow(string widths)
    {
        var (exit, reason) = PolicyParse.Tests.Hostile.ChildProcessParse.Run(WithXrefStreamWidths(widths), "xref.pdf");
        Assert.Equal(1, exit);
        Assert.Contains(widths, reason);
    }

    /// <summary>A PDF of the given objects (numbered from 1, the first the catalog) with a classic cross-reference table.</summary>
    private static byte[] MinimalPdf(params string[] objects)
    {
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }

    [Theory]
    [InlineData("JBIG2Decode", "JBIG2")]
    [InlineData("NoSuchDecode", "NoSuchDecode")]
    public void A_content_stream_in_a_filter_the_reader_cannot_decode_is_named_as_such(string filter, string named)
    {
        var content = "BT /F1 12 Tf 10 10 Td (text) Tj ET";
        var pdf = MinimalPdf(
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            $"<< /Length {content.Length} /Filter /{filter} >>\nstream\n{content}\nendstream");
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(pdf, "filter.pdf"));
        Assert.Contains("compression filter this reader does not decode", e.Reason);
        Assert.Contains(named, e.Reason);
    }

    [Fact]
    public void A_page_tree_that_lists_one_page_a_hundred_thousand_times_is_refused_by_the_page_limit()
    {
        var kids = string.Join(" ", Enumerable.Repeat("3 0 R", 100_000));
        var pdf = MinimalPdf(
            "<< /Type /Catalog /Pages 2 0 R >>", $"<< /Type /Pages /Kids [{kids}] /Count 100000 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(pdf, "tree.pdf"));
        Assert.Equal("tree.pdf", e.FileName);
        Assert.Contains("over the limit of 5,000 (PolicyParserOptions.MaxPages)", e.Reason);
    }

    [Fact]
    public void Every_block_records_its_page_and_the_sniffer_goes_by_content()
    {
        var layout = Parser.ReadLayout(File.ReadAllBytes(Corpus.PathOf("pdf/002-linshu-2021-zhengwu-gongkai.pdf")), "no-extension");
        Assert.Equal(PolicyParse.Layout.SourceFormat.Pdf, layout.Format);
        Assert.Equal(17, layout.PageCount);
        Assert.All(layout.Blocks, b => Assert.InRange(b.Provenance.Page ?? 0, 1, 17));
        Assert.Equal(Enumerable.Range(0, layout.Blocks.Count), layout.Blocks.Select(b => b.Provenance.Block));
    }

    [Fact]
    public void Ruled_table_across_ten_pages_is_one_table_with_spans()
    {
        var layout = Parser.ReadLayout(File.ReadAllBytes(Corpus.PathOf("pdf/002-linshu-2021-zhengwu-gongkai.pdf")), "002.pdf");
        var table = Assert.Single(layout.Blocks.OfType<TableBlock>());
        var header = table.Rows[0].Cells;
        Assert.Equal(new[] { "工作任务", "工作要求", "责任单位" }, header.Select(c => c.Text));
        Assert.Equal(2, header[0].ColSpan);
        Assert.Contains(table.Rows.SelectMany(r => r.Cells), c => c.RowSpan > 1);
        // The header repeated on every page is dropped.
        Assert.Single(table.Rows, r => r.Cells.Select(c => c.Text).SequenceEqual(header.Select(c => c.Text)));
    }

    [Fact]
    public void Page_numbers_are_not_text()
    {
        var layout = Parser.ReadLayout(File.ReadAllBytes(Corpus.PathOf("pdf/govdoc-cn-397.pdf")), "397.pdf");
        Assert.DoesNotContain(layout.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("—1—") || p.Text.Trim() == "—5—");
    }

    [Fact]
    public void A_paragraph_broken_by_a_page_break_is_one_paragraph()
    {
        var layout = Parser.ReadLayout(File.ReadAllBytes(Corpus.PathOf("pdf/govdoc-cn-397.pdf")), "397.pdf");
        // Page 1 ends "…是党中央、国务院着眼于优化税收制度、推动" and page 2 goes on "经济发展、惠及百姓民生…".
        var paragraph = Assert.Single(layout.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("推动经济发展、惠及百姓民生"));
        Assert.Equal(1, paragraph.Provenance.Page);
    }

    [Fact]
    public void Running_headers_repeated_on_every_page_go()
    {
        var pdf = Build(Enumerable.Range(1, 4).Select(n => (Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont>)((page, font) =>
        {
            page.AddText("City Government Gazette", 9, new PdfPoint(72, 800), font);
            page.AddText($"Body text of page {n}.", 12, new PdfPoint(72, 700), font);
            page.AddText($"- {n} -", 10, new PdfPoint(290, 40), font);
        })).ToArray());
        var texts = Parser.ReadLayout(pdf, "gazette.pdf").Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("Gazette") || t.StartsWith("- "));
        Assert.Equal(4, texts.Count(t => t.StartsWith("Body text of page")));
    }

    [Fact]
    public void Two_columns_are_read_one_after_the_other()
    {
        var pdf = Build((page, font) =>
        {
            for (int i = 0; i < 10; i++)
            {
                page.AddText($"Left column line {i}.", 11, new PdfPoint(72, 750 - 20 * i), font);
                page.AddText($"Right column line {i}.", 11, new PdfPoint(330, 750 - 20 * i), font);
            }
        });
        var texts = Parser.ReadLayout(pdf, "columns.pdf").Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("Left") && t.Contains("Right"));
        Assert.True(texts.FindIndex(t => t.Contains("Left column line 9")) < texts.FindIndex(t => t.Contains("Right column line 0")));
    }

    private static readonly string[] Sentences =
    {
        "Budgets are published in full.", "Meetings are open to the press.", "Plans list every task.",
        "Units report each quarter.", "Rules take effect on signing.", "Data are released as files.", "Comments close after a month.",
    };

    [Fact]
    public void A_thousand_pages_stream_through()
    {
        var pdf = Build(Enumerable.Range(1, 1000).Select(n => (Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont>)((page, font) =>
        {
            page.AddText(Sentences[n % Sentences.Length] + $" (page {n})", 12, new PdfPoint(72, 700), font);
            page.AddText($"- {n} -", 10, new PdfPoint(290, 40), font);
        })).ToArray());
        var layout = Parser.ReadLayout(pdf, "long.pdf");
        Assert.Equal(1000, layout.PageCount);
        Assert.Equal(1000, layout.Blocks.Count);
        Assert.Equal(1000, layout.Blocks[999].Provenance.Page);
    }

    [Fact]
    public void Scanned_pages_say_ocr_is_needed_and_list_the_pages()
    {
        var pdf = Build((page, _) => page.AddPng(Png, new PdfRectangle(0, 0, 595, 842)), (page, _) => page.AddPng(Png, new PdfRectangle(0, 0, 595, 842)));
        var e = Assert.Throws<PolicyParseException>(() => new PolicyParser(new PolicyParserOptions { Ocr = OcrMode.Never }).Parse(pdf, "scan.pdf"));
        Assert.Equal("scan.pdf", e.FileName);
        Assert.Contains("no text layer: pages 1, 2 are scanned images; OCR is needed (PolicyParserOptions.Ocr is Never)", e.Reason);
    }

    [PolicyParse.Tests.Reading.Ocr.OcrFact]
    public void Scanned_pages_where_ocr_finds_nothing_say_so()
    {
        var pdf = Build((page, _) => page.AddPng(Png, new PdfRectangle(0, 0, 595, 842)), (page, _) => page.AddPng(Png, new PdfRectangle(0, 0, 595, 842)));
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(pdf, "scan.pdf"));
        Assert.Equal("the PDF has no text: OCR found none on its scanned pages 1, 2", e.Reason);
    }

    [Fact]
    public void A_scanned_page_among_text_pages_is_a_warning()
    {
        var pdf = Build((page, font) => page.AddText("Notice on testing the reader.", 12, new PdfPoint(72, 700), font),
            (page, _) => page.AddPng(Png, new PdfRectangle(0, 0, 595, 842)));
        var d = Parser.Parse(pdf, "mixed.pdf");
        Assert.Contains(d.Warnings, w => w.Contains("page 2") && w.Contains("OCR"));
    }

    [Fact]
    public void Encrypted_with_a_user_password_says_so()
    {
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(Fixture("encrypted-user-password.pdf"), "secret.pdf"));
        Assert.Contains("encrypted", e.Reason);
    }

    [Fact]
    public void Encrypted_with_an_owner_password_only_opens()
    {
        var layout = Parser.ReadLayout(Fixture("encrypted-owner-only.pdf"), "restricted.pdf");
        Assert.Contains(layout.Blocks.OfType<ParagraphBlock>(), p => p.Text.Contains("Notice on testing"));
    }

    [Fact]
    public void Truncated_and_corrupt_files_get_a_clear_reason()
    {
        var whole = File.ReadAllBytes(Corpus.PathOf("pdf/003-taierzhuang-2022-shishi-fangan.pdf"));
        var truncated = Assert.Throws<PolicyParseException>(() => Parser.Parse(whole.Take(whole.Length / 3).ToArray(), "cut.pdf"));
        Assert.Equal("cut.pdf", truncated.FileName);
        var corrupt = Assert.Throws<PolicyParseException>(() => Parser.Parse(System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\nnot really a pdf\n%%EOF"), "junk.pdf"));
        Assert.Contains("PDF", corrupt.Reason);
    }

    [Fact]
    public void Red_text_is_told_by_its_fill_colour()
    {
        var pdf = Build((page, font) =>
        {
            page.SetTextAndFillColor(230, 0, 18); // the print red of a banner
            page.AddText("RED BANNER LINE", 22, new PdfPoint(150, 760), font);
            page.SetTextAndFillColor(0, 0, 0);
            page.AddText("Black body text of the notice.", 16, new PdfPoint(90, 700), font);
        });
        var paragraphs = Parser.ReadLayout(pdf, "red.pdf").Blocks.OfType<ParagraphBlock>().ToList();
        Assert.Equal(new[] { ("RED BANNER LINE", true), ("Black body text of the notice.", false) }, paragraphs.Select(p => (p.Text, p.Style.Red)));
    }
}
