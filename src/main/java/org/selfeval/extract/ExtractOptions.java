package org.selfeval.extract;

import java.time.Duration;

/**
 * Limits and switches for one extraction; built from config/selfeval.yaml.
 *
 * @param maxBytes   larger files fail with TOO_LARGE before parsing
 * @param maxPages   PDFs with more pages fail with TOO_LARGE
 * @param timeout    per-document wall-clock limit for extraction and analysis together; pages to
 *                   OCR add {@link OcrOptions#secondsPerPage()} each; a stage that runs past it is stopped
 * @param ocr        OCR of pages without a text layer
 * @param zip        zip-bomb limits for .docx packages
 * @param maxCells   table grid slots (rows × columns, all tables) one document may hold
 * @param maxImagePixels pixels an image may declare, or a page rendered for OCR may have
 */
public record ExtractOptions(long maxBytes, int maxPages, Duration timeout, OcrOptions ocr, ZipLimits zip,
                             long maxCells, long maxImagePixels) {

    public static final long DEFAULT_MAX_CELLS = 200_000;
    public static final long DEFAULT_MAX_IMAGE_PIXELS = 100_000_000;

    /** Without explicit zip, cell and image limits: the defaults of config/selfeval.yaml. */
    public ExtractOptions(long maxBytes, int maxPages, Duration timeout, OcrOptions ocr) {
        this(maxBytes, maxPages, timeout, ocr, ZipLimits.defaults(), DEFAULT_MAX_CELLS, DEFAULT_MAX_IMAGE_PIXELS);
    }

    public static ExtractOptions defaults() {
        return new ExtractOptions(64L * 1024 * 1024, 500, Duration.ofSeconds(120), OcrOptions.defaults());
    }

    public ExtractOptions withOcr(OcrOptions newOcr) {
        return new ExtractOptions(maxBytes, maxPages, timeout, newOcr, zip, maxCells, maxImagePixels);
    }

    public ExtractOptions withTimeout(Duration newTimeout) {
        return new ExtractOptions(maxBytes, maxPages, newTimeout, ocr, zip, maxCells, maxImagePixels);
    }

    public ExtractOptions withZip(ZipLimits newZip) {
        return new ExtractOptions(maxBytes, maxPages, timeout, ocr, newZip, maxCells, maxImagePixels);
    }

    public ExtractOptions withMaxCells(long newMaxCells) {
        return new ExtractOptions(maxBytes, maxPages, timeout, ocr, zip, newMaxCells, maxImagePixels);
    }

    public ExtractOptions withMaxImagePixels(long newMaxImagePixels) {
        return new ExtractOptions(maxBytes, maxPages, timeout, ocr, zip, maxCells, newMaxImagePixels);
    }

    /**
     * Zip-bomb limits for Word packages (.docx).
     *
     * @param minInflateRatio  compressed/expanded below this (past a small grace size) is a bomb
     * @param maxExpandedBytes the whole package may not expand beyond this
     * @param maxEntryBytes    no one part may expand beyond this (POI refuses larger parts itself)
     */
    public record ZipLimits(double minInflateRatio, long maxExpandedBytes, long maxEntryBytes) {
        public static ZipLimits defaults() {
            return new ZipLimits(0.01, 1L << 30, 100_000_000);
        }
    }

    /**
     * @param enabled        try OCR at all
     * @param command        the tesseract executable (name on PATH or full path)
     * @param languages      tesseract language list, e.g. chi_sim+eng
     * @param dpi            page rendering resolution for OCR
     * @param secondsPerPage added to the document's time limit for each page that needs OCR
     * @param maxPages       a PDF with more pages to OCR fails with TOO_LARGE before any is recognised
     */
    public record OcrOptions(boolean enabled, String command, String languages, int dpi,
                             int secondsPerPage, int maxPages) {
        public static OcrOptions defaults() {
            return new OcrOptions(true, "tesseract", "chi_sim+eng", 300, 30, 50);
        }

        public OcrOptions disabled() {
            return new OcrOptions(false, command, languages, dpi, secondsPerPage, maxPages);
        }

        public OcrOptions withCommand(String newCommand) {
            return new OcrOptions(enabled, newCommand, languages, dpi, secondsPerPage, maxPages);
        }

        /** The time OCR of {@code pages} pages is allowed on top of the text-layer limit. */
        public Duration budget(int pages) {
            return Duration.ofSeconds((long) secondsPerPage * pages);
        }
    }
}
