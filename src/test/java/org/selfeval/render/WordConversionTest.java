package org.selfeval.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.Hashing;
import org.selfeval.model.Finding;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.ReportGenerator;
import org.selfeval.testing.SharedFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Word reports through LibreOffice; skipped where soffice is not installed. */
class WordConversionTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void soffice() {
        assumeTrue(OfficeConverter.resolve("soffice") != null, "skipped: LibreOffice (soffice) is not installed");
    }

    @Test
    void docx_convertedOnce_thenPagesFromTheCache() throws IOException {
        Path docx = CorpusGenerator.write(new ReportGenerator().generate("w", 11), new DocxRenderer(), dir);
        String sha = Hashing.sha256(Files.readAllBytes(docx));
        Path cache = dir.resolve("cache");
        ViewInfo info = new DocumentViews(cache, RenderOptions.defaults()).info(docx, sha);
        assertTrue(info.images(), () -> String.valueOf(info.reason()));
        assertTrue(info.pages() >= 2);
        Path converted = cache.resolve(sha).resolve("converted.pdf");
        assertTrue(Files.isRegularFile(converted));
        long modified = Files.getLastModifiedTime(converted).toMillis();

        // A new instance (a restarted server) reuses the conversion, even with soffice gone.
        DocumentViews again = new DocumentViews(cache, new RenderOptions(72, "/nonexistent/soffice", Duration.ofSeconds(5)));
        assertEquals(info, again.info(docx, sha));
        assertTrue(again.pageImage(docx, sha, 1).length > 0);
        assertEquals(modified, Files.getLastModifiedTime(converted).toMillis());
    }

    @Test
    void conversionOverTheTimeLimit_noImagesAndTheReason() throws IOException {
        Path docx = CorpusGenerator.write(new ReportGenerator().generate("t", 12), new DocxRenderer(), dir);
        String sha = Hashing.sha256(Files.readAllBytes(docx));
        ViewInfo info = new DocumentViews(dir.resolve("cache"), new RenderOptions(110, "soffice", Duration.ofMillis(1)))
                .info(docx, sha);
        assertFalse(info.images());
        assertTrue(info.reason().contains("超时"), info.reason());
        assertFalse(Files.exists(dir.resolve("cache").resolve(sha).resolve("converted.pdf")));
    }

    @Test
    void seedDocx_t5BoxedOnTheConvertedTable() throws IOException {
        Path docx = SharedFiles.require("seed/seed-report.docx");
        ReportResult r = SelfEvalEngine.standard().analyse(docx, AnalysisOptions.defaults());
        String sha = Hashing.sha256(Files.readAllBytes(docx));
        DocumentViews views = new DocumentViews(dir.resolve("cache"), RenderOptions.defaults());
        List<Highlight> hs = views.highlights(docx, sha, r);
        int t5 = 0;
        while (!"T5".equals(r.findings().get(t5).rule())) {
            t5++;
        }
        Finding f = r.findings().get(t5);
        Path pdf = dir.resolve("cache").resolve(sha).resolve("converted.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int v = 0; v < f.values().size(); v++) {
                int value = v;
                int finding = t5;
                Highlight h = hs.stream().filter(x -> x.finding() == finding && x.value() == value).findFirst()
                        .orElseThrow(() -> new AssertionError("no box for T5 value " + value));
                assertEquals(h.text(), Boxes.textUnder(doc, h));
                assertEquals(f.values().get(v).value(), Double.parseDouble(h.text()), 1e-9);
            }
        }
    }
}
