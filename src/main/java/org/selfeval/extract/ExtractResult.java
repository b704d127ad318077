package org.selfeval.extract;

import org.selfeval.model.ReportDocument;

/** Either a document or a typed failure, never both; failures are values, not exceptions. */
public record ExtractResult(String file, String sha256, ReportDocument document, ExtractionFailure failure) {

    public static ExtractResult ok(ReportDocument document) {
        return new ExtractResult(document.metadata().file(), document.metadata().sha256(), document, null);
    }

    public static ExtractResult failed(String file, String sha256, ExtractionFailure failure) {
        return new ExtractResult(file, sha256, null, failure);
    }

    public boolean isOk() {
        return document != null;
    }
}
