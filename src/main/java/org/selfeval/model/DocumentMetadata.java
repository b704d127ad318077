package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What we know about the file itself.
 *
 * @param format   short format name detected from content: {@code docx}, {@code doc} or {@code pdf}
 * @param producer the producing application (PDF Producer, or the Office application name)
 * @param ocr      true when any page's text came from OCR, so figures from it are low confidence
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
        boolean ocr) {

    public DocumentMetadata withPages(int newPages) {
        return new DocumentMetadata(file, sha256, bytes, format, mediaType, newPages, producer, creator, title, ocr);
    }

    public DocumentMetadata withOcr(boolean newOcr) {
        return new DocumentMetadata(file, sha256, bytes, format, mediaType, pages, producer, creator, title, newOcr);
    }
}
