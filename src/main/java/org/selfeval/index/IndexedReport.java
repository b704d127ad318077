package org.selfeval.index;

import java.util.List;

/**
 * One checked report as stored in a {@link ReportIndex}; the same schema for every engine.
 *
 * @param text       all paragraph, heading and table-cell text, in reading order
 * @param segmented  {@code text} segmented by HanLP, tokens joined by single spaces
 * @param current    false once a newer version of the same department and year was indexed
 */
public record IndexedReport(String sha256, String file, String title, String department, String region,
                            Integer year, String kind, String profile, int pages, boolean ocr,
                            double completeness, double completenessMax, List<String> missing,
                            List<FindingEntry> findings, String text, String segmented,
                            List<SectionText> sections, List<FigureEntry> figures, boolean current,
                            long indexedAtMillis) {

    public IndexedReport {
        missing = missing == null ? List.of() : List.copyOf(missing);
        findings = findings == null ? List.of() : List.copyOf(findings);
        sections = sections == null ? List.of() : List.copyOf(sections);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** This report with its {@code current} flag set as given. */
    public IndexedReport withCurrent(boolean value) {
        return new IndexedReport(sha256, file, title, department, region, year, kind, profile, pages, ocr,
                completeness, completenessMax, missing, findings, text, segmented, sections, figures, value,
                indexedAtMillis);
    }

    /** This report with extra findings appended (e.g. cross-year ones found at index time). */
    public IndexedReport withFindings(List<FindingEntry> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<FindingEntry> all = new java.util.ArrayList<>(findings);
        all.addAll(extra);
        return new IndexedReport(sha256, file, title, department, region, year, kind, profile, pages, ocr,
                completeness, completenessMax, missing, all, text, segmented, sections, figures, current,
                indexedAtMillis);
    }

    /** This report with its findings of {@code code} replaced by {@code replacement} (appended after the others). */
    public IndexedReport replacingFindings(String code, List<FindingEntry> replacement) {
        List<FindingEntry> all = new java.util.ArrayList<>(findings.stream().filter(f -> !f.code().equals(code)).toList());
        all.addAll(replacement);
        return new IndexedReport(sha256, file, title, department, region, year, kind, profile, pages, ocr,
                completeness, completenessMax, missing, all, text, segmented, sections, figures, current,
                indexedAtMillis);
    }
}
