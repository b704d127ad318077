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
}
