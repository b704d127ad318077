package org.selfeval.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.ReportExtractor;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.testing.SharedFiles;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfFailureTest {

    private static final ExtractOptions NO_OCR = ExtractOptions.defaults()
            .withOcr(ExtractOptions.OcrOptions.defaults().disabled());

    private static byte[] onePage(String userPassword, String ownerPassword) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            try (PdfFixtures.Canvas c = new PdfFixtures.Canvas(doc)) {
                c.text(72, 100, "Protected text.");
            }
            if (ownerPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            return PdfFixtures.save(doc);
        }
    }

    private static ReportDocument extract(byte[] pdf, ExtractOptions options) throws ExtractionException {
        return new PdfBoxExtractor().extract(PdfFixtures.source("f.pdf", pdf), options);
    }

    @Test
    void userPassword_isEncrypted() throws Exception {
        byte[] pdf = onePage("secret", "owner");
        assertEquals(FailureCode.ENCRYPTED, assertThrows(ExtractionException.class, () -> extract(pdf, NO_OCR)).code());
    }

    @Test
    void ownerPasswordOnly_readsNormally() throws Exception {
        ReportDocument doc = extract(onePage("", "owner"), NO_OCR);
        assertEquals(List.of("Protected text."), doc.paragraphs().map(Paragraph::text).toList());
    }

    @Test
    void truncatedFile_isCorrupt() throws Exception {
        byte[] pdf = onePage(null, null);
        byte[] head = Arrays.copyOf(pdf, pdf.length / 3);
        assertEquals(FailureCode.CORRUPT, assertThrows(ExtractionException.class, () -> extract(head, NO_OCR)).code());
    }

    @Test
    void morePagesThanLimit_isTooLarge() throws Exception {
        ExtractOptions onePageOnly = new ExtractOptions(1 << 20, 0, Duration.ofSeconds(30), NO_OCR.ocr());
        assertEquals(FailureCode.TOO_LARGE,
                assertThrows(ExtractionException.class, () -> extract(onePage(null, null), onePageOnly)).code());
    }

    @Test
    void blankPage_isEmpty() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            byte[] pdf = PdfFixtures.save(doc);
            assertEquals(FailureCode.EMPTY, assertThrows(ExtractionException.class, () -> extract(pdf, NO_OCR)).code());
        }
    }

    private static void assertCorpus(String file, FailureCode expected, ExtractOptions options) {
        ExtractResult r = new ReportExtractor(List.of(new PdfBoxExtractor()))
                .extract(SharedFiles.require("corpus/public/" + file), options);
        if (expected == null) {
            assertTrue(r.isOk(), () -> file + ": " + r.failure());
        } else {
            assertEquals(expected, r.isOk() ? null : r.failure().code(), file);
        }
    }

    @Test
    void corpusEncryptedPdfs_areEncryptedUnlessEmptyUserPassword() {
        for (String f : List.of("pdfbox__AES256ExposedMeta.pdf", "pdfbox__PasswordSample-128bit.pdf",
                "pdfbox__PasswordSample-256bit.pdf", "pdfplumber__password-example.pdf", "tabula__encrypted.pdf",
                "tika__testPDF_no_extract_no_accessibility_owner_user.pdf", "tika__testPassword4Spaces.pdf",
                "tika__testUnicodePassword.pdf")) {
            assertCorpus("pdf-encrypted/" + f, FailureCode.ENCRYPTED, NO_OCR);
        }
        assertCorpus("pdf-encrypted/tika__testPDF_protected.pdf", null, NO_OCR);
    }

    @Test
    void corpusBrokenPdfs_giveTypedFailuresOrAModel() {
        assertCorpus("broken/derived__issue-67-example.truncated-50pct.pdf", FailureCode.CORRUPT, NO_OCR);
        assertCorpus("broken/camelot__empty.pdf", FailureCode.EMPTY, NO_OCR);
        assertCorpus("broken/pdfplumber__empty.pdf", FailureCode.EMPTY, NO_OCR);
        assertCorpus("broken/tika__testPDF_bad_page_303226.pdf", null, NO_OCR);
        assertCorpus("broken/pdfplumber__malformed-from-issue-932.pdf", null, NO_OCR);
    }

    @Test
    void corpusScannedPdf_withoutOcr_isNoText() {
        assertCorpus("pdf-scanned/tika__testOCR.pdf", FailureCode.NO_TEXT, NO_OCR);
        assertCorpus("pdf-scanned/camelot__image.pdf", FailureCode.NO_TEXT,
                ExtractOptions.defaults().withOcr(ExtractOptions.OcrOptions.defaults().withCommand("no-such-tesseract-binary")));
    }
}
