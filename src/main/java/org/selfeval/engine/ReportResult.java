package org.selfeval.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.selfeval.extract.ExtractionFailure;
import org.selfeval.model.Figure;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.sections.SectionReport;

import java.util.List;

/**
 * The result of checking one file, exactly the JSON object of the output contract
 * (domain/output-contract.md): fields may be added, never renamed or removed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"file", "status", "sha256", "error", "report", "sections", "missing", "completeness",
        "figures", "findings"})
public record ReportResult(String file, String status, String sha256, Error error, Report report,
                           List<Section> sections, List<SectionReport.Missing> missing,
                           SectionReport.Completeness completeness, List<Figure> figures, List<Finding> findings) {

    public record Error(String code, String message, String detail) {
        public static Error of(ExtractionFailure f) {
            return new Error(f.code().name(), f.message(), f.detail());
        }
    }

    /**
     * @param pageBasis where {@code pages} and every page number come from: layout (a PDF), rendered
     *                  (a Word file laid out by LibreOffice) or estimated (a Word file's page breaks;
     *                  shown as "约第N页")
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(String title, String department, String region, Integer year, String kind,
                         String profile, int pages, boolean ocr, String format, List<String> conditionalMissing,
                         String pageBasis) {
        public Report(String title, String department, String region, Integer year, String kind,
                      String profile, int pages, boolean ocr, String format, List<String> conditionalMissing) {
            this(title, department, region, year, kind, profile, pages, ocr, format, conditionalMissing, null);
        }

        /** True when page numbers are estimates (a Word file not laid out). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean pagesEstimated() {
            return org.selfeval.model.DocumentMetadata.PAGES_ESTIMATED.equals(pageBasis);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(String number, String title, int level, int page, String canonical) {
    }

    public static ReportResult failed(String file, String sha256, ExtractionFailure failure) {
        return failed(file, sha256, Error.of(failure));
    }

    public static ReportResult failed(String file, String sha256, Error error) {
        return new ReportResult(file, "failed", sha256, error, null, null, null, null, null, null);
    }

    /** The same result under another file name (the service names files by batch). */
    public ReportResult withFile(String otherFile) {
        return new ReportResult(otherFile, status, sha256, error, report, sections, missing, completeness, figures,
                findings);
    }

    /** The same result with other findings (e.g. cross-year ones added). */
    public ReportResult withFindings(List<Finding> otherFindings) {
        return new ReportResult(file, status, sha256, error, report, sections, missing, completeness, figures,
                otherFindings);
    }

    @JsonIgnore
    public boolean isOk() {
        return "ok".equals(status);
    }

    public long count(Severity severity) {
        return findings == null ? 0 : findings.stream().filter(f -> f.severity() == severity).count();
    }
}
