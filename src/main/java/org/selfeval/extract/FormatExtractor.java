package org.selfeval.extract;

import org.selfeval.model.ReportDocument;

/**
 * Reads one file format into the document model: paragraphs (with style hints) and tables in
 * reading order. Heading recovery happens afterwards, in the structure stage, for every format
 * alike.
 */
public interface FormatExtractor {

    /** Whether this extractor reads the given short format name (docx, doc, pdf). */
    boolean supports(String format);

    ReportDocument extract(SourceFile source, ExtractOptions options) throws ExtractionException;

    /**
     * Extraction under a deadline the extractor may raise for slow work it finds (OCR) and whose
     * expiry hooks it may use to stop child processes. Formats without such work ignore it.
     */
    default ReportDocument extract(SourceFile source, ExtractOptions options, Deadline deadline)
            throws ExtractionException {
        return extract(source, options);
    }
}
