package org.selfeval.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selfeval.engine.ReportResult;
import org.selfeval.model.Severity;
import org.selfeval.sections.SectionReport;

/**
 * The status of one file of a batch, as the API shows it. Fields are null until known.
 *
 * @param status     queued, processing, ok or failed
 * @param duplicateOf "batch/fileId" of the earlier file with the same content, when this one is a copy
 * @param missing    how many required sections and attached tables the report lacks
 * @param findings   how many findings it has (all severities), the denominator of review progress
 * @param ocr        true when its text was recognised from scanned pages
 * @param instance   the service process that queued or took it last (several processes on one
 *                   Elasticsearch node); null for one process alone
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileRecord(String id, String name, String status, String sha256, String department, String region,
                         Integer year, String kind, String title, SectionReport.Completeness completeness,
                         Long errors, Long warnings, Error error, String duplicateOf, String updated,
                         Long missing, Long findings, Boolean ocr, String instance) {

    public static final String QUEUED = "queued";
    public static final String PROCESSING = "processing";
    public static final String OK = "ok";
    public static final String FAILED = "failed";

    public record Error(String code, String message) {
    }

    public static FileRecord queued(String id, String name, String at) {
        return new FileRecord(id, name, QUEUED, null, null, null, null, null, null, null, null, null, null, null, at,
                null, null, null, null);
    }

    public FileRecord processing(String sha, String at) {
        return new FileRecord(id, name, PROCESSING, sha, null, null, null, null, null, null, null, null, null, null, at,
                null, null, null, instance);
    }

    /** The outcome of a check: ok with the report's identity and counts, or failed with the error. */
    public FileRecord finished(ReportResult r, String copyOf, String at) {
        if (!r.isOk()) {
            Error e = new Error(r.error().code(), r.error().message());
            return new FileRecord(id, name, FAILED, r.sha256(), null, null, null, null, null, null, null, null, e,
                    copyOf, at, null, null, null, instance);
        }
        var rep = r.report();
        return new FileRecord(id, name, OK, r.sha256(), rep.department(), rep.region(), rep.year(), rep.kind(),
                rep.title(), r.completeness(), r.count(Severity.ERROR), r.count(Severity.WARNING), null, copyOf, at,
                (long) (r.missing() == null ? 0 : r.missing().size()),
                (long) (r.findings() == null ? 0 : r.findings().size()), rep.ocr() ? Boolean.TRUE : null, instance);
    }

    public FileRecord failed(String sha, String code, String message, String at) {
        return new FileRecord(id, name, FAILED, sha, null, null, null, null, null, null, null, null,
                new Error(code, message), null, at, null, null, null, instance);
    }

    /** This record as queued or taken by the given process (null or empty: one process alone). */
    public FileRecord by(String newInstance) {
        return new FileRecord(id, name, status, sha256, department, region, year, kind, title, completeness, errors,
                warnings, error, duplicateOf, updated, missing, findings, ocr,
                newInstance == null || newInstance.isEmpty() ? null : newInstance);
    }
}
