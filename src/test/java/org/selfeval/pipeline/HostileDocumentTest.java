package org.selfeval.pipeline;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.checks.Check;
import org.selfeval.checks.Checker;
import org.selfeval.checks.Checks;
import org.selfeval.config.ConfigLoader;
import org.selfeval.config.SelfEvalConfig;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.figures.HanlpFigureExtractor;
import org.selfeval.model.Finding;
import org.selfeval.profile.ProfileRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile documents (issue 10): each is built here, checked through the engine as `check` and
 * the service do (extract and analysis under one deadline), and must come out with its typed
 * code and a Chinese message within the limits set below — no hang, no OutOfMemoryError.
 */
class HostileDocumentTest {

    private static final Path CONFIG = ConfigLoader.configDir();
    private static final int MiB = 1 << 20;

    private static SelfEvalConfig config;
    private static ExtractOptions small;

    @TempDir
    Path tmp;

    @BeforeAll
    static void limits() {
        config = ConfigLoader.load(CONFIG);
        ExtractOptions defaults = config.extractOptions();
        small = defaults.withOcr(defaults.ocr().disabled()).withTimeout(Duration.ofSeconds(60))
                .withZip(new ExtractOptions.ZipLimits(0.01, 16L * MiB, 8L * MiB))
                .withMaxCells(100_000).withMaxImagePixels(10_000_000);
    }

    @Test
    void formTableOfFiveThousandRowsIsAnalysedWithinTheDefaultDeadline() throws IOException {
        Path file = write("form-5000x30.docx", HostileDocuments.formTableDocx(5000, 30));
        ExtractOptions defaults = config.extractOptions();
        SelfEvalEngine engine = engine(defaults, new Checker(Checks.standard()));
        // Was 261 s (quadratic cell lookups); within extract.timeout_seconds it must now finish.
        ReportResult r = within(defaults.timeout().plusSeconds(10), () -> engine.analyse(file, AnalysisOptions.defaults()));
        assertEquals("ok", r.status(), () -> String.valueOf(r.error()));
        assertTrue(r.figures().size() > 100_000, "every number of the table is read: " + r.figures().size());
    }

    @Test
    void formTableBeyondMaxCellsIsTooLarge() throws IOException {
        Path file = write("form-5000x30.docx", HostileDocuments.formTableDocx(5000, 30));
        ReportResult r = check(small, file);
        assertFailed(r, "TOO_LARGE", "单元格");
        assertTrue(r.error().detail().contains("max_cells"), r.error().detail());
    }

    @Test
    void analysisPastTheDeadlineIsTimeoutAndTheEngineGoesOn() throws IOException {
        Path file = write("report.docx", HostileDocuments.formTableDocx(3, 3));
        Check stuck = new Check() {
            @Override
            public String id() {
                return "stuck";
            }

            @Override
            public List<Finding> run(org.selfeval.checks.CheckContext ctx) {
                while (true) {
                    Thread.onSpinWait(); // a check in a tight loop ignores interruption
                }
            }
        };
        SelfEvalEngine engine = engine(small.withTimeout(Duration.ofSeconds(2)), new Checker(List.of(stuck)));
        ReportResult r = within(Duration.ofSeconds(20), () -> engine.analyse(file, AnalysisOptions.defaults()));
        assertFailed(r, "TIMEOUT", "超时");
        assertTrue(r.error().detail().startsWith("analyse"), r.error().detail());
        ReportResult again = within(Duration.ofSeconds(20),
                () -> engine(small, new Checker(Checks.standard())).analyse(file, AnalysisOptions.defaults()));
        assertEquals("ok", again.status(), () -> String.valueOf(again.error()));
    }

    @Test
    void badLocalCrcZipBombIsTooLargeFromItsCentralDirectory() throws IOException {
        Path file = write("bomb.docx", HostileDocuments.badCrcZipBomb(64L * MiB));
        ReportResult r = check(small, file);
        assertFailed(r, "TOO_LARGE", "解压");
        assertTrue(r.error().detail().contains("image1.bin"), r.error().detail());
    }

    @Test
    void bombThatUnderstatesItsSizeIsStoppedWhileInflating() throws IOException {
        byte[] lying = HostileDocuments.patchCentralDirectory(HostileDocuments.badCrcZipBomb(64L * MiB),
                "word/media/image1.bin", HostileDocuments.CD_SIZE, 1000);
        ReportResult r = check(small, write("lying.docx", lying));
        assertFailed(r, "TOO_LARGE", "解压");
        // Stopped by the running count (ratio or size), not by what the directory declares.
        assertTrue(r.error().detail().contains("beyond") && !r.error().detail().contains("declares"), r.error().detail());
    }

    @Test
    void damagedPackageIsCorruptNotSwallowed() throws IOException {
        byte[] docx = HostileDocuments.formTableDocx(3, 3);
        ReportResult truncated = check(small, write("truncated.docx", Arrays.copyOf(docx, docx.length - 30)));
        assertFailed(truncated, "CORRUPT", "损坏");
        // Right sizes, wrong CRC in the central directory: the data is not what was stored.
        byte[] badCrc = HostileDocuments.patchCentralDirectory(docx, "word/document.xml", HostileDocuments.CD_CRC, 12345);
        ReportResult crc = check(small, write("bad-crc.docx", badCrc));
        assertFailed(crc, "CORRUPT", "损坏");
        assertTrue(crc.error().detail().contains("CRC"), crc.error().detail());
        // A broken local header CRC alone (the bypass) hides nothing: the vetted data is intact.
        ReportResult local = check(small, write("local-crc.docx", HostileDocuments.badCrcZipBomb(0)));
        assertEquals("ok", local.status(), () -> String.valueOf(local.error()));
    }

    @Test
    void validDocxInflatingBeyondTheLimitIsTooLargeInChinese() throws IOException {
        Path file = write("big.docx", HostileDocuments.inflatingDocx(9L * MiB));
        ReportResult r = check(small, file);
        assertFailed(r, "TOO_LARGE", "解压");
        assertFalse(r.error().message().contains("bugzilla"), r.error().message());
        assertTrue(r.error().detail().contains("max_entry_bytes"), r.error().detail());
        // Under the defaults (a part may hold 100,000,000 bytes, POI's own limit) the same file is read.
        var read = within(Duration.ofSeconds(60),
                () -> DocumentReader.standard().read(file, config.extractOptions().withOcr(small.ocr())));
        assertTrue(read.isOk(), () -> String.valueOf(read.failure()));
    }

    @Test
    void hugeImageIsRefusedFromItsDeclaredSize() throws IOException {
        Path file = write("scan.pdf", HostileDocuments.hugeImagePdf(20_000, 20_000));
        ReportResult r = check(small, file);
        assertFailed(r, "TOO_LARGE", "像素");
        assertTrue(r.error().detail().contains("400000000"), r.error().detail());
    }

    @Test
    void jpegWhoseHeaderOutgrowsItsDictionaryIsRefused() throws IOException {
        ReportResult r = check(small, write("jpeg.pdf", HostileDocuments.jpegLyingPdf(30_000)));
        assertFailed(r, "TOO_LARGE", "像素");
        assertTrue(r.error().detail().contains("900000000"), r.error().detail());
    }

    @Test
    void hugePageIsNotRenderedForOcr() throws IOException {
        // 200 × 200 inches at 300 dpi would be 3.6 billion pixels; "true" stands in for tesseract,
        // which is never reached: the page is judged before it is rendered.
        Path file = write("poster.pdf", HostileDocuments.imagePdf(new PDRectangle(14_400, 14_400), 100, 100));
        ExtractOptions withOcr = small.withOcr(new ExtractOptions.OcrOptions(true, "true", "chi_sim", 300, 5, 5));
        ReportResult r = check(withOcr, file);
        assertFailed(r, "TOO_LARGE", "页面尺寸");
    }

    private ReportResult check(ExtractOptions options, Path file) {
        SelfEvalEngine engine = engine(options, new Checker(Checks.standard()));
        return within(options.timeout().plusSeconds(10), () -> engine.check(file, AnalysisOptions.defaults()).result());
    }

    private static SelfEvalEngine engine(ExtractOptions options, Checker checker) {
        return new SelfEvalEngine(DocumentReader.standard(config.outlineRules()), options,
                ProfileRegistry.load(CONFIG.resolve("rules")), HanlpFigureExtractor.fromConfig(CONFIG), checker);
    }

    private static <T> T within(Duration limit, Supplier<T> job) {
        return assertTimeoutPreemptively(limit, job::get);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    private static void assertFailed(ReportResult r, String code, String inMessage) {
        assertEquals("failed", r.status(), r.file());
        assertNotNull(r.error());
        assertEquals(code, r.error().code(), () -> r.error().message() + " / " + r.error().detail());
        String message = r.error().message();
        assertTrue(message.contains(inMessage), message);
        assertTrue(message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                message);
        assertFalse(message.matches("(?s).*[A-Za-z]+\\s+[A-Za-z]+\\s+[A-Za-z]+.*"), "no library English in the message: " + message);
        assertNotNull(r.error().detail(), "the operator's detail");
    }
}
