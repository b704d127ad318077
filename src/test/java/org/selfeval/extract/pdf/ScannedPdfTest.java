package org.selfeval.extract.pdf;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.Hashing;
import org.selfeval.extract.SourceFile;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.testing.SharedFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Image-only PDFs through tesseract (slow: about 10 s a page; skipped without tesseract). */
class ScannedPdfTest {

    @Test
    void scannedSeedReport_ocrGivesBodyText() throws Exception {
        Path pdf = SharedFiles.require("seed/seed-report-scanned.pdf");
        ExtractOptions options = ExtractOptions.defaults();
        Assumptions.assumeTrue(new OcrEngine(options.ocr()).available(), "tesseract is not installed");
        byte[] content = Files.readAllBytes(pdf);
        SourceFile source = new SourceFile(pdf, "seed-report-scanned.pdf", content, Hashing.sha256(content),
                "application/pdf", "pdf");
        // Called directly, without the façade's time limit: OCR of 7 pages takes a minute on a busy machine.
        ReportDocument doc = new PdfBoxExtractor().extract(source, options);
        assertTrue(doc.metadata().ocr());
        assertTrue(doc.paragraphs().allMatch(Paragraph::ocr));
        String text = doc.paragraphs().map(Paragraph::text).collect(Collectors.joining("\n"));
        assertTrue(text.contains("部门") && text.contains("基本情况"), text.substring(0, Math.min(300, text.length())));
        assertTrue(text.contains("绩效自评"));
    }
}
