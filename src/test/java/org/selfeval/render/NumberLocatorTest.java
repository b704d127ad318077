package org.selfeval.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.engine.ReportResult;
import org.selfeval.figures.AmountParser;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.synth.CjkFont;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The locator on a PDF whose strings sit at known places. */
class NumberLocatorTest {

    private static final float A4_W = 595.27563f;
    private static final float A4_H = 841.8898f;
    private static CjkFont font;

    @TempDir
    Path dir;

    @BeforeAll
    static void font() {
        Optional<CjkFont> f = CjkFont.find(null);
        assumeTrue(f.isPresent(), "no embeddable CJK font on this machine");
        font = f.get();
    }

    @AfterAll
    static void close() throws IOException {
        if (font != null) {
            font.close();
        }
    }

    private static final String FULL_WIDTH = "本年支出合计为１，２３４．５０万元。";
    private static final String TWICE = "其中工资福利支出860.9万元，商品和服务支出860.90万元。";
    private static final String PERCENT = "预算执行率为95.5%，比上年提高3个百分点。";
    private static final String AMBIGUOUS = "第7项与第7项";

    private Path pdf() throws IOException {
        return new TestPdf()
                .text(1, 60, 100, FULL_WIDTH)
                .text(1, 60, 130, TWICE)
                .text(1, 60, 160, PERCENT)
                .text(1, 60, 190, AMBIGUOUS)
                // a small table: two rows whose numbers are swapped between the columns
                .text(1, 60, 300, "项目").text(1, 200, 300, "预算数").text(1, 300, 300, "执行数")
                .text(1, 60, 320, "基本支出").text(1, 200, 320, "50").text(1, 300, 320, "60")
                .text(1, 60, 340, "项目支出").text(1, 200, 340, "60").text(1, 300, 340, "50")
                // on page 2 only, though a Word page estimate may say page 1
                .text(2, 60, 100, "三公经费支出42.17万元。")
                .write(font, dir.resolve("t.pdf"));
    }

    private static Finding.Value text(String label, double v, String unit, int page, String snippet) {
        return new Finding.Value(label, v, unit, "text", page, snippet);
    }

    private static Finding.Value cell(String label, double v, int page) {
        return new Finding.Value(label, v, null, "table", page, String.valueOf(v));
    }

    private List<Highlight> highlight(Path pdf, Finding.Value... values) {
        Finding f = new Finding("SUM_MISMATCH", Severity.ERROR, "T5", "测试", List.of(values), null, null);
        ReportResult r = new ReportResult("t.pdf", "ok", "abc", null, null, null, null, null, null, List.of(f));
        return new DocumentViews(dir.resolve("cache"), RenderOptions.defaults()).highlights(pdf, "abc", r);
    }

    private static void assertAt(Highlight h, float x, float y) {
        assertEquals(x / A4_W, h.x0(), 0.5 / A4_W, () -> "left edge of " + h);
        double baseline = y / A4_H;
        assertTrue(h.y0() < baseline && baseline < h.y1(), () -> "baseline " + y + " inside " + h);
    }

    @Test
    void fullWidthDigitsAndThousandsSeparator() throws IOException {
        Path pdf = pdf();
        List<Highlight> hs = highlight(pdf, text("支出合计", 1234.5, "万元", 1, null));
        assertEquals(1, hs.size());
        assertEquals("1，234.50", hs.get(0).text());
        assertAt(hs.get(0), TestPdf.xAfter(font, 60, "本年支出合计为"), 100);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("1，234.50", Boxes.textUnder(doc, hs.get(0)));
        }
    }

    @Test
    void fullWidthGroupedNumberTwice_theSnippetAsTheCheckerQuotesItChooses() throws IOException {
        String lastYear = "上年支出合计为１，２３４．５０万元。";
        String thisYear = "本年支出合计为１，２３４．５０万元。";
        Path pdf = new TestPdf().text(1, 60, 100, lastYear).text(1, 60, 130, thisYear)
                .write(font, dir.resolve("twice.pdf"));
        // The checker quotes prose after AmountParser.normalise: the grouping comma is ASCII there.
        String snippet = AmountParser.normalise("本年支出合计为１，２３４．５０万元");
        List<Highlight> hs = highlight(pdf, text("支出合计", 1234.5, "万元", 1, snippet));
        assertEquals(1, hs.size());
        assertAt(hs.get(0), TestPdf.xAfter(font, 60, "本年支出合计为"), 130);
    }

    @Test
    void sameNumberTwice_theOneAfterItsLabelWins() throws IOException {
        Path pdf = pdf();
        List<Highlight> hs = highlight(pdf, text("商品和服务支出", 860.9, "万元", 1, null),
                text("工资福利支出", 860.9, "万元", 1, "其中工资福利支出860.9万元"));
        assertEquals(2, hs.size());
        assertEquals("860.90", hs.get(0).text());
        assertAt(hs.get(0), TestPdf.xAfter(font, 60, "其中工资福利支出860.9万元，商品和服务支出"), 130);
        assertEquals("860.9", hs.get(1).text());
        assertAt(hs.get(1), TestPdf.xAfter(font, 60, "其中工资福利支出"), 130);
    }

    @Test
    void percent() throws IOException {
        List<Highlight> hs = highlight(pdf(), text("预算执行率", 95.5, "%", 1, null));
        assertEquals(1, hs.size());
        assertAt(hs.get(0), TestPdf.xAfter(font, 60, "预算执行率为"), 160);
    }

    @Test
    void tableCell_rowAndColumnOfTheLabelDecide() throws IOException {
        List<Highlight> hs = highlight(pdf(), cell("项目支出·执行数", 50, 1), cell("基本支出·预算数", 50, 1),
                cell("基本支出·执行数", 60, 1));
        assertEquals(3, hs.size());
        assertAt(hs.get(0), 300, 340);
        assertAt(hs.get(1), 200, 320);
        assertAt(hs.get(2), 300, 320);
    }

    @Test
    void printedTwiceWithNothingToTellThemApart_noBox() throws IOException {
        assertEquals(List.of(), highlight(pdf(), text("项目数", 7, "项", 1, null)));
    }

    @Test
    void absentNumber_noBox() throws IOException {
        assertEquals(List.of(), highlight(pdf(), text("支出合计", 1234.6, "万元", 1, null)));
    }

    @Test
    void wrongPageEstimate_foundOnTheNextPageByItsLabel() throws IOException {
        List<Highlight> hs = highlight(pdf(), text("三公经费支出", 42.17, "万元", 1, null));
        assertEquals(1, hs.size());
        assertEquals(2, hs.get(0).page());
        assertAt(hs.get(0), TestPdf.xAfter(font, 60, "三公经费支出"), 100);
    }
}
