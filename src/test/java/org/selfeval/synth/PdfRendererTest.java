package org.selfeval.synth;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.pipeline.Json;
import org.selfeval.testing.CjkPdfRenderer;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PdfRendererTest {

    @RegisterExtension
    static final CjkPdfRenderer RENDERER = new CjkPdfRenderer();

    @TempDir
    Path dir;

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    @Test
    void selfEvaluationTable_continuesOnNextPage_withOrWithoutRepeatedHeader() throws Exception {
        ReportSpec base = new ReportGenerator().generate("p", 21);
        for (boolean repeat : new boolean[]{true, false}) {
            ReportSpec spec = base.withId("p" + repeat).withStyle(new ReportSpec.RenderStyle(false, repeat, 12));
            Path file = CorpusGenerator.write(spec, RENDERER.get(), dir);
            JsonNode truth = Json.MAPPER.readTree(dir.resolve(spec.id() + ".pdf.truth.json").toFile());
            JsonNode selfEval = truth.get("tables").get(1);
            assertEquals("SELF_EVALUATION", selfEval.get("kind").asText());
            List<Integer> pages = Json.MAPPER.convertValue(selfEval.get("pages"),
                    Json.MAPPER.getTypeFactory().constructCollectionType(List.class, Integer.class));
            assertEquals(2, pages.size(), "spans two pages");
            assertEquals(repeat ? 1 : 0, selfEval.get("repeatedHeaderRows").asInt());
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertEquals(truth.get("pages").asInt(), doc.getNumberOfPages());
                String first = pageText(doc, pages.get(0));
                String second = pageText(doc, pages.get(1));
                assertTrue(first.contains("市级预算部门名称"));
                assertTrue(second.contains("总分"), "last row lands on the continuation page");
                assertEquals(repeat, second.contains("市级预算部门名称"), "header row repeated only when asked");
                assertTrue(second.contains("— " + pages.get(1) + " —"), "footer page number");
            }
        }
    }

    @Test
    void everyPage_hasFooterAndA4Size() throws Exception {
        Path file = CorpusGenerator.write(new ReportGenerator().generate("f", 3), RENDERER.get(), dir);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 4);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertTrue(pageText(doc, p).contains("— " + p + " —"), "page " + p);
                assertEquals(595.28, doc.getPage(p - 1).getMediaBox().getWidth(), 0.5);
            }
            String all = new PDFTextStripper().getText(doc);
            assertTrue(all.contains("一、部门（单位）基本情况"));
            assertTrue(all.contains("十、其他需要说明的情况"));
        }
    }
}
