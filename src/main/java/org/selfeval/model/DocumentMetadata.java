package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What we know about the file itself.
 *
 * @param format   short format name detected from content: {@code docx}, {@code doc} or {@code pdf}
 * @param producer the producing application (PDF Producer, or the Office application name)
 * @param ocr      true when any page's text came from OCR, so figures from it are low confidence
 * @param pageBasis where page numbers come from: {@link #PAGES_LAYOUT} (the PDF itself),
 *                 {@link #PAGES_RENDERED} (a Word file rendered by LibreOffice), {@link #PAGES_ESTIMATED}
 *                 (a Word file's page breaks: reviewers are told "约第N页"), or null when not stated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentMetadata(
        String file,
        String sha256,
        long bytes,
        String format,
        String mediaType,
        int pages,
        String producer,
        String creator,
        String title,
        boolean ocr,
        String pageBasis) {

    public static final String PAGES_LAYOUT = "layout";
    public static final String PAGES_RENDERED = "rendered";
    public static final String PAGES_ESTIMATED = "estimated";

    public DocumentMetadata(String file, String sha256, long bytes, String format, String mediaType, int pages,
                            String producer, String creator, String title, boolean ocr) {
        this(file, sha256, bytes, format, mediaType, pages, producer, creator, title, ocr,
                "pdf".equals(format) ? PAGES_LAYOUT : null);
    }

    /** True when page numbers are those a reader of the printed report sees. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean pagesExact() {
        return PAGES_LAYOUT.equals(pageBasis) || PAGES_RENDERED.equals(pageBasis);
    }

    public DocumentMetadata withPages(int newPages) {
        return new DocumentMetadata(file, sha256, bytes, format, mediaType, newPages, producer, creator, title, ocr, pageBasis);
    }

    public DocumentMetadata withOcr(boolean newOcr) {
        return new DocumentMetadata(file, sha256, bytes, format, mediaType, pages, producer, creator, title, newOcr, pageBasis);
    }

    public DocumentMetadata withPageBasis(String basis) {
        return new DocumentMetadata(file, sha256, bytes, format, mediaType, pages, producer, creator, title, ocr, basis);
    }
}
