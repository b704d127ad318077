package org.selfeval.extract.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.selfeval.extract.CellBudget;
import org.selfeval.extract.Deadline;
import org.selfeval.extract.LimitExceeded;
import org.selfeval.extract.ExtractOptions;
import org.selfeval.extract.ExtractionException;
import org.selfeval.extract.FailureCode;
import org.selfeval.extract.FormatExtractor;
import org.selfeval.extract.SourceFile;
import org.selfeval.model.Block;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.ReportDocument;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;

/**
 * Reads PDFs with PDFBox: paragraphs in reading order with page numbers, ruled and aligned
 * tables (continued tables joined), headers/footers dropped, and OCR for pages without text.
 */
public final class PdfBoxExtractor implements FormatExtractor {

    @Override
    public boolean supports(String format) {
        return "pdf".equals(format);
    }

    /** Without a caller's time limit (tests, tools): the deadline is never enforced. */
    @Override
    public ReportDocument extract(SourceFile source, ExtractOptions options) throws ExtractionException {
        return extract(source, options, Deadline.in(options.timeout()));
    }

    @Override
    public ReportDocument extract(SourceFile source, ExtractOptions options, Deadline deadline)
            throws ExtractionException {
        try (PDDocument doc = open(source.content())) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ExtractionException(FailureCode.CORRUPT, "PDF has no page tree");
            }
            if (pages > options.maxPages()) {
                throw new ExtractionException(FailureCode.TOO_LARGE, pages + " pages > limit " + options.maxPages());
            }
            OcrEngine ocr = new OcrEngine(options.ocr());
            deadline.onExpiry(ocr::stop);
            PdfBody body = new PdfBody(doc, ocr, options.ocr(), deadline, new CellBudget(options.maxCells()),
                    new ImageLimits(options.maxImagePixels()));
            List<Block> blocks = body.read();
            PDDocumentInformation info = doc.getDocumentInformation();
            DocumentMetadata meta = new DocumentMetadata(source.displayName(), source.sha256(),
                    source.content().length, "pdf", source.mediaType(), pages,
                    blankToNull(info.getProducer()), blankToNull(info.getCreator()), blankToNull(info.getTitle()),
                    body.usedOcr());
            return new ReportDocument(meta, blocks, List.of());
        } catch (LimitExceeded e) {
            throw e.failure();
        } catch (InterruptedIOException e) {
            throw new ExtractionException(FailureCode.TIMEOUT, "interrupted while reading pages", e);
        } catch (IOException e) {
            throw new ExtractionException(FailureCode.CORRUPT, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Opens with the empty user password, so owner-password-only files read normally. */
    private static PDDocument open(byte[] content) throws ExtractionException {
        try {
            return Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(FailureCode.ENCRYPTED, "PDF needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            if (isEncryptionFailure(e)) {
                throw new ExtractionException(FailureCode.ENCRYPTED, "PDF encryption cannot be opened: " + e.getMessage(), e);
            }
            throw new ExtractionException(FailureCode.CORRUPT, "PDFBox cannot open the file: " + e.getMessage(), e);
        }
    }

    /** Certificate (public-key) encryption fails without a password prompt; it is still encryption. */
    private static boolean isEncryptionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidPasswordException || t instanceof java.security.GeneralSecurityException) {
                return true;
            }
            StackTraceElement[] trace = t.getStackTrace();
            if (trace.length > 0 && trace[0].getClassName().startsWith("org.apache.pdfbox.pdmodel.encryption")) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
