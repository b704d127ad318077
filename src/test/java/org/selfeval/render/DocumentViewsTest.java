package org.selfeval.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.config.ConfigLoader;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.eval.checks.LabelledCorpus;
import org.selfeval.eval.checks.VariantFactory;
import org.selfeval.extract.Hashing;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.DocxRenderer;
import org.selfeval.synth.ReportGenerator;
import org.selfeval.testing.CjkPdfRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The façade on generated reports: checked by the real engine, then shown and annotated. */
class DocumentViewsTest {

    @RegisterExtension
    static final CjkPdfRenderer RENDERER = new CjkPdfRenderer();

    private static SelfEvalEngine engine;

    @TempDir
    static Path corpus;

    @TempDir
    Path cache;

    @BeforeAll
    static void engine() {
        engine = SelfEvalEngine.standard();
    }

    private record Checked(Path file, String sha256, ReportResult result) {
    }

    private static Checked check(Path file) throws IOException {
        ReportResult r = engine.analyse(file, AnalysisOptions.defaults());
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        return new Checked(file, Hashing.sha256(Files.readAllBytes(file)), r);
    }

    /** Generated PDFs with injected inconsistencies (the eval-checks corpus), checked. */
    private static List<Checked> labelled(int count) throws IOException {
        Path dir = corpus.resolve("labelled-" + count);
        VariantFactory variants = new VariantFactory(ProfileRegistry.load(ConfigLoader.configDir().resolve("rules")));
        List<Checked> out = new ArrayList<>();
        for (LabelledCorpus.Case c : new LabelledCorpus(variants).generate(dir, count, 77, List.of(RENDERER.get()), i -> { })) {
            out.add(check(c.file()));
        }
        return out;
    }

    @Test
    void generatedReports_everyBoxCoversItsNumber_andMostValuesAreFound() throws IOException {
        DocumentViews views = new DocumentViews(cache, RenderOptions.defaults());
        int values = 0;
        int boxed = 0;
        for (Checked c : labelled(12)) {
            List<Highlight> hs = views.highlights(c.file(), c.sha256(), c.result());
            values += c.result().findings().stream().mapToInt(f -> f.values().size()).sum();
            boxed += hs.size();
            try (PDDocument doc = Loader.loadPDF(c.file().toFile())) {
                for (Highlight h : hs) {
                    Finding.Value v = c.result().findings().get(h.finding()).values().get(h.value());
                    assertEquals(Math.abs(v.value()), Double.parseDouble(h.text().replace(",", "").replace("，", "")), 1e-9);
                    assertEquals(h.text(), Boxes.textUnder(doc, h), () -> c.file() + ": " + h + " for " + v);
                    assertTrue(0 <= h.x0() && h.x0() < h.x1() && h.x1() <= 1 && 0 <= h.y0() && h.y0() < h.y1() && h.y1() <= 1);
                }
            }
        }
        System.out.println("generated PDFs: boxed " + boxed + " of " + values + " finding values");
        assertTrue(values > 0, "the corpus has findings with values");
        assertTrue(boxed >= values * 0.8, "boxed " + boxed + " of " + values);
    }

    @Test
    void pdf_pageImagesAtTheConfiguredDpi_cachedAndSafeUnderConcurrency() throws Exception {
        Checked c = labelled(2).get(0);
        DocumentViews views = new DocumentViews(cache, new RenderOptions(72, "soffice", Duration.ofSeconds(30)));
        ViewInfo info = views.info(c.file(), c.sha256());
        assertTrue(info.images());
        assertEquals(c.result().report().pages(), info.pages());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(pool.submit(() -> views.pageImage(c.file(), c.sha256(), 1)));
            }
            byte[] first = all.get(0).get();
            for (Future<byte[]> f : all) {
                assertArrayEquals(first, f.get());
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
            assertNotNull(image, "a PNG");
            // A4 at 72 dpi is 595 × 842 pixels.
            assertEquals(595, image.getWidth(), 1);
            assertEquals(842, image.getHeight(), 1);
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(cache.resolve(c.sha256()))) {
            assertEquals(List.of("page-72-1.png"), files.map(p -> p.getFileName().toString()).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> views.pageImage(c.file(), c.sha256(), 0));
        assertThrows(IllegalArgumentException.class, () -> views.pageImage(c.file(), c.sha256(), info.pages() + 1));
    }

    @Test
    void annotatedPdf_highlightsWithMessages_andTheOriginalPagesAndText() throws IOException {
        Checked c = labelled(12).stream().filter(x -> x.result().count(Severity.ERROR) > 0).findFirst().orElseThrow();
        DocumentViews views = new DocumentViews(cache, RenderOptions.defaults());
        List<Highlight> hs = views.highlights(c.file(), c.sha256(), c.result());
        byte[] annotated = views.annotatedPdf(c.file(), c.sha256(), c.result());
        try (PDDocument original = Loader.loadPDF(c.file().toFile()); PDDocument out = Loader.loadPDF(annotated)) {
            assertEquals(original.getNumberOfPages(), out.getNumberOfPages());
            assertEquals(new PDFTextStripper().getText(original), new PDFTextStripper().getText(out));
            List<Finding> findings = c.result().findings();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                int index = i;
                List<Highlight> mine = hs.stream().filter(h -> h.finding() == index).toList();
                if (mine.isEmpty()) {
                    assertTrue(annotations(out).stream().anyMatch(a -> a instanceof PDAnnotationText
                            && a.getContents().contains(f.message())), "sticky note for " + f);
                    continue;
                }
                for (Highlight h : mine) {
                    PDAnnotationHighlight a = annotations(out, h.page()).stream()
                            .filter(x -> x instanceof PDAnnotationHighlight && x.getContents().contains(f.message()))
                            .map(x -> (PDAnnotationHighlight) x).findFirst()
                            .orElseThrow(() -> new AssertionError("no highlight for " + f + " on page " + h.page()));
                    assertTrue(a.getContents().contains(org.selfeval.report.FindingCodes.defaults().name(f.code())));
                    assertColour(f.severity(), a.getColor().getComponents());
                    PDRectangle crop = out.getPage(h.page() - 1).getCropBox();
                    float cx = (float) ((h.x0() + h.x1()) / 2 * crop.getWidth());
                    float cy = (float) (crop.getHeight() - (h.y0() + h.y1()) / 2 * crop.getHeight());
                    assertTrue(a.getRectangle().contains(cx, cy), () -> "rectangle " + a.getRectangle() + " covers " + h);
                    assertTrue(quadsContain(a.getQuadPoints(), cx, cy), "a quad covers the number");
                    assertNotNull(a.getPopup());
                }
            }
        }
    }

    @Test
    void word_withoutLibreOffice_noImagesAndAChineseReason() throws IOException {
        Path docx = CorpusGenerator.write(new ReportGenerator().generate("w", 5), new DocxRenderer(), corpus);
        DocumentViews views = new DocumentViews(cache, new RenderOptions(110, "/nonexistent/soffice", Duration.ofSeconds(30)));
        String sha = Hashing.sha256(Files.readAllBytes(docx));
        ViewInfo info = views.info(docx, sha);
        assertFalse(info.images());
        assertEquals(0, info.pages());
        assertTrue(info.reason().contains("LibreOffice"), info.reason());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> views.pageImage(docx, sha, 1));
        assertEquals(info.reason(), e.getMessage());
        assertThrows(IllegalStateException.class, () -> views.annotatedPdf(docx, sha, check(docx).result()));
        assertEquals(List.of(), views.highlights(docx, sha, check(docx).result()));
    }

    @Test
    void notAReport_noImages() throws IOException {
        Path txt = Files.writeString(corpus.resolve("x.pdf"), "not really a pdf");
        ViewInfo info = new DocumentViews(cache, RenderOptions.defaults()).info(txt, "deadbeef");
        assertFalse(info.images());
        assertFalse(info.reason().isBlank());
    }

    @Test
    void originalNotThereYet_triedAgainLater() throws IOException {
        Checked c = labelled(2).get(1);
        Path later = corpus.resolve("later.pdf");
        DocumentViews views = new DocumentViews(cache, RenderOptions.defaults());
        assertFalse(views.info(later, c.sha256()).images());
        Files.copy(c.file(), later);
        assertTrue(views.info(later, c.sha256()).images());
    }

    private static void assertColour(Severity s, float[] rgb) {
        if (s == Severity.ERROR) {
            assertTrue(rgb[0] > 0.8 && rgb[1] < 0.3 && rgb[2] < 0.3, "red");
        } else if (s == Severity.WARNING) {
            assertTrue(rgb[0] > 0.8 && rgb[1] > 0.4 && rgb[1] < 0.8 && rgb[2] < 0.2, "orange");
        }
    }

    private static boolean quadsContain(float[] q, float x, float y) {
        for (int i = 0; i + 7 < q.length; i += 8) {
            if (x >= q[0 + i] && x <= q[2 + i] && y <= q[1 + i] && y >= q[5 + i]) {
                return true;
            }
        }
        return false;
    }

    private static List<PDAnnotation> annotations(PDDocument doc, int page) throws IOException {
        return doc.getPage(page - 1).getAnnotations();
    }

    private static List<PDAnnotation> annotations(PDDocument doc) throws IOException {
        List<PDAnnotation> all = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            all.addAll(annotations(doc, p));
        }
        return all;
    }
}
