package org.selfeval.extract.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.extract.Deadline;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.ReportExtractor;
import org.selfeval.model.ReportDocument;
import org.selfeval.synth.CorpusGenerator;
import org.selfeval.synth.ReportGenerator;
import org.selfeval.testing.CjkPdfRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The OCR time budget on generated scans (a generated report's pages rasterised into an
 * image-only PDF): the document's limit grows by seconds_per_page for each page to OCR, too many
 * pages are refused before any OCR, and a budget that runs out gives TIMEOUT with every tesseract
 * process killed. Skipped without tesseract or a CJK font.
 */
class OcrBudgetTest {

    @RegisterExtension
    static final CjkPdfRenderer RENDERER = new CjkPdfRenderer();

    @TempDir
    static Path dir;

    private static Path report;

    @BeforeAll
    static void report() throws IOException {
        assumeTrue(new OcrEngine(ExtractOptions.OcrOptions.defaults()).available(), "tesseract is not installed");
        report = CorpusGenerator.write(new ReportGenerator().generate("ocr-budget", 11), RENDERER.get(), dir);
    }

    @Test
    void deadline_growsBySecondsPerPage_forEachPageToOcr() throws Exception {
        ExtractOptions options = options(Duration.ofSeconds(120), 40, 50);
        for (int pages : new int[] {1, 2}) {
            Path scan = scan(pages, 150);
            Deadline deadline = Deadline.in(options.timeout());
            ReportDocument doc = new PdfBoxExtractor().extract(
                    PdfFixtures.source(scan.getFileName().toString(), Files.readAllBytes(scan)), options, deadline);
            assertTrue(doc.metadata().ocr());
            assertEquals(Duration.ofSeconds(120 + 40L * pages), deadline.limit(), pages + " pages");
        }
    }

    @Test
    void textLayerLimitAlone_wouldBeTooShort_butTheOcrBudgetLetsTheScanFinish() throws IOException {
        Path scan = scan(2, 200);
        // 1 s covers opening the PDF; two pages of tesseract do not fit in it, only in the added budget.
        long start = System.nanoTime();
        ExtractResult r = extractor().extract(scan, options(Duration.ofSeconds(1), 120, 50));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertNotNull(r.document(), () -> "failed: " + r.failure());
        assertTrue(r.document().metadata().ocr());
        assertTrue(seconds >= 1, "OCR took " + seconds + " s: the 1 s text-layer limit alone would have stopped it");
    }

    @Test
    void tooManyPagesToOcr_isTooLargeWithAChineseMessage_beforeAnyOcr() throws IOException {
        Path scan = scan(3, 100);
        long start = System.nanoTime();
        ExtractResult r = extractor().extract(scan, options(Duration.ofSeconds(120), 30, 2));
        assertEquals(FailureCode.TOO_LARGE, r.failure().code());
        assertTrue(r.failure().message().contains("3页需要文字识别") && r.failure().message().contains("2页"), r.failure().message());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "refused before recognising pages");
    }

    @Test
    void tooSmallBudget_isTimeout_andNoTesseractIsLeft() throws Exception {
        Path scan = scan(6, 300);
        AtomicBoolean sawTesseract = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                if (tesseractChildren() > 0) {
                    sawTesseract.set(true);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        // 2 s for six pages (no time per page): six 300 dpi pages of Chinese on at most two tesseract
        // processes take several seconds even on an idle machine. (2 s + 1 s a page = 8 s was
        // within reach of an idle 2-core machine, and the test then saw no timeout.)
        ExtractResult r = extractor().extract(scan, options(Duration.ofSeconds(2), 0, 50));
        done.set(true);
        watcher.join();
        assertNotNull(r.failure(), "expected a timeout");
        assertEquals(FailureCode.TIMEOUT, r.failure().code());
        assertTrue(r.failure().detail().contains("2 s"), r.failure().detail());
        assertTrue(sawTesseract.get(), "tesseract was running when the budget ran out");
        long deadline = System.nanoTime() + 2_000_000_000L; // SIGKILL is delivered asynchronously
        while (tesseractChildren() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, tesseractChildren(), "tesseract processes left after TIMEOUT");
    }

    private static long tesseractChildren() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("tesseract")).orElse(false)).count();
    }

    private static ReportExtractor extractor() {
        return new ReportExtractor(List.of(new PdfBoxExtractor()));
    }

    private static ExtractOptions options(Duration timeout, int secondsPerPage, int maxOcrPages) {
        ExtractOptions.OcrOptions d = ExtractOptions.OcrOptions.defaults();
        return ExtractOptions.defaults().withTimeout(timeout).withOcr(new ExtractOptions.OcrOptions(
                true, d.command(), d.languages(), 300, secondsPerPage, maxOcrPages));
    }

    /** The first {@code pages} pages of the generated report as an image-only PDF at {@code dpi}. */
    private static Path scan(int pages, int dpi) throws IOException {
        Path out = dir.resolve("scan-" + pages + "-" + dpi + ".pdf");
        try (PDDocument src = Loader.loadPDF(report.toFile()); PDDocument scan = new PDDocument()) {
            assumeTrue(src.getNumberOfPages() >= pages, "generated report is long enough");
            PDFRenderer renderer = new PDFRenderer(src);
            for (int i = 0; i < pages; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDPage page = new PDPage(PDRectangle.A4);
                scan.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            scan.save(out.toFile());
        }
        return out;
    }
}
