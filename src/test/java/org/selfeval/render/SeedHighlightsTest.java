package org.selfeval.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.report.Decision;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.SharedFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 5 acceptance on the seed PDF: the T5 error's three numbers are boxed on page 6. */
class SeedHighlightsTest {

    private static ReportResult result;
    private static Path seed;

    @TempDir
    Path cache;

    @BeforeAll
    static void check() {
        seed = SharedFiles.require("seed/seed-report.pdf");
        result = SelfEvalEngine.standard().analyse(seed, AnalysisOptions.defaults());
    }

    @Test
    void t5_allThreeValuesBoxedOnTheirGlyphs() throws IOException {
        List<Highlight> hs = new DocumentViews(cache, RenderOptions.defaults()).highlights(seed, result.sha256(), result);
        int t5 = indexOf("T5");
        Finding f = result.findings().get(t5);
        assertEquals(Severity.ERROR, f.severity());
        try (PDDocument doc = Loader.loadPDF(seed.toFile())) {
            for (int v = 0; v < f.values().size(); v++) {
                int value = v;
                Highlight h = hs.stream().filter(x -> x.finding() == t5 && x.value() == value).findFirst()
                        .orElseThrow(() -> new AssertionError("no box for value " + value + " of T5"));
                assertEquals(6, h.page());
                assertEquals(f.values().get(v).value(), Double.parseDouble(h.text()), 1e-9);
                assertEquals(h.text(), Boxes.textUnder(doc, h), "the box covers exactly the number's glyphs");
            }
            // 860.9 is printed twice on page 6; the box must be the one in the 年度资金总额 row, under 全年执行数.
            Highlight total = hs.stream().filter(x -> x.finding() == t5 && x.value() == 2).findFirst().orElseThrow();
            String row = Boxes.textOfLine(doc, total);
            assertTrue(row.contains("281.98") && row.contains("880.57"), () -> "860.9 boxed in the wrong row: " + row);
        }
    }

    @Test
    void everyBoxLiesOnItsNumber() throws IOException {
        List<Highlight> hs = new DocumentViews(cache, RenderOptions.defaults()).highlights(seed, result.sha256(), result);
        try (PDDocument doc = Loader.loadPDF(seed.toFile())) {
            for (Highlight h : hs) {
                assertEquals(h.text(), Boxes.textUnder(doc, h), () -> "box " + h);
            }
        }
        long values = result.findings().stream().mapToLong(f -> f.values().size()).sum();
        assertTrue(hs.size() >= values * 0.9, "located " + hs.size() + " of " + values);
    }

    @Test
    void annotatedSeed_t5IsARedHighlightWithItsMessageOnPage6() throws IOException {
        byte[] pdf = new DocumentViews(cache, RenderOptions.defaults()).annotatedPdf(seed, result.sha256(), result);
        Finding t5 = result.findings().get(indexOf("T5"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(7, doc.getNumberOfPages());
            var highlights = doc.getPage(5).getAnnotations().stream()
                    .filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight)
                    .filter(a -> a.getContents().contains(t5.message())).toList();
            assertEquals(1, highlights.size());
            var h = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight) highlights.get(0);
            assertEquals(3 * 8, h.getQuadPoints().length, "one quad per number");
            assertTrue(h.getColor().getComponents()[0] > 0.8 && h.getColor().getComponents()[1] < 0.3);
            assertTrue(h.getContents().startsWith("【合计不一致】"), h.getContents());
        }
    }

    @Test
    void annotatedSeed_withDecisions_opensWithACoverListingFindingsMissingPartsAndDecisions() throws IOException {
        String id = org.selfeval.engine.FindingIds.all(result).get(indexOf("T5"));
        Map<String, Decision> decisions = Map.of(id, new Decision("dismissed", "已与财务核对", "2026-12-03T02:00:00Z"));
        byte[] pdf = new DocumentViews(cache, RenderOptions.defaults()).annotatedPdf(seed, result.sha256(), result, decisions);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assumeTrue(doc.getNumberOfPages() > 7, "skipped: no CJK font for the cover page");
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(doc.getNumberOfPages() - 7);
            String cover = stripper.getText(doc).replaceAll("\\s+", "");
            assertTrue(cover.contains("审核摘要"), cover);
            assertTrue(cover.contains("【错误·合计不一致】"), cover);
            assertTrue(cover.contains("不成立，已与财务核对"), cover);
            assertTrue(cover.contains("待处理"), cover);
            assertTrue(cover.contains("缺少的部分"), cover);
            // The report's own pages follow, still annotated.
            int t5Page = doc.getNumberOfPages() - 7 + 5;
            assertTrue(doc.getPage(t5Page).getAnnotations().stream()
                    .anyMatch(a -> a.getContents() != null && a.getContents().contains(result.findings().get(indexOf("T5")).message())));
        }
    }

    private static int indexOf(String rule) {
        for (int i = 0; i < result.findings().size(); i++) {
            if (rule.equals(result.findings().get(i).rule())) {
                return i;
            }
        }
        throw new AssertionError("no " + rule + " finding");
    }
}
