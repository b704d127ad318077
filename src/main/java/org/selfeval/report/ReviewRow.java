package org.selfeval.report;

import org.selfeval.engine.FindingIds;
import org.selfeval.engine.ReportResult;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.sections.SectionReport;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a reviewer's summary needs of one checked report: small, so that a batch of thousands can
 * be summarised without keeping every report's figures in memory.
 */
public record ReviewRow(String file, String status, String department, String region, Integer year, String kind,
                        String profile, int pages, boolean ocr, Double completeness, Double completenessMax,
                        String missing, long errors, long warnings, long infos, String errorCode,
                        String errorMessage, List<Finding> findings, boolean pagesEstimated,
                        List<String> findingIds, Map<String, Decision> decisions) {

    public static ReviewRow of(ReportResult r) {
        if (!r.isOk()) {
            return new ReviewRow(r.file(), r.status(), null, null, null, null, null, 0, false, null, null, null,
                    0, 0, 0, r.error().code(), r.error().message(), List.of(), false, List.of(), Map.of());
        }
        var rep = r.report();
        SectionReport.Completeness c = r.completeness();
        String missing = r.missing().stream()
                .map(m -> ("section".equals(m.kind()) ? "正文：" : "附件：") + m.canonical())
                .collect(Collectors.joining("；"));
        return new ReviewRow(r.file(), r.status(), rep.department(), rep.region(), rep.year(), rep.kind(),
                rep.profile(), rep.pages(), rep.ocr(), c.total(), c.bodyMax() + c.attachmentsMax(), missing,
                r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO), null, null, r.findings(),
                rep.pagesEstimated(), FindingIds.all(r), Map.of());
    }

    /** The same row without its findings (for summaries that must stay small). */
    public ReviewRow withoutFindings() {
        return new ReviewRow(file, status, department, region, year, kind, profile, pages, ocr, completeness,
                completenessMax, missing, errors, warnings, infos, errorCode, errorMessage, List.of(), pagesEstimated,
                List.of(), decisions);
    }

    /** The same row with reviewers' decisions (by finding id), for outputs that show them. */
    public ReviewRow withDecisions(Map<String, Decision> newDecisions) {
        return new ReviewRow(file, status, department, region, year, kind, profile, pages, ocr, completeness,
                completenessMax, missing, errors, warnings, infos, errorCode, errorMessage, findings, pagesEstimated,
                findingIds, Map.copyOf(newDecisions));
    }

    /** The decision on finding {@code index}, or null when none was made. */
    public Decision decision(int index) {
        return index < findingIds.size() ? decisions.get(findingIds.get(index)) : null;
    }

    /** Findings with a decision (confirmed or dismissed), of {@link #findings()}. */
    public long reviewed() {
        return findingIds.stream().map(decisions::get).filter(d -> d != null && d.made()).count();
    }

    public boolean failed() {
        return !"ok".equals(status);
    }

    public static String severityLabel(Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    /** The finding's pages; "约" before them when they are estimates (a Word file not laid out). */
    public String pages(Finding f) {
        String pages = f.values().stream().map(Finding.Value::page).filter(p -> p > 0).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(","));
        return pagesEstimated && !pages.isEmpty() ? "约" + pages : pages;
    }

    public static String values(Finding f) {
        return f.values().stream()
                .map(v -> v.label() + " " + Numbers.plain(v.value()) + (v.unit() == null ? "" : v.unit())
                        + ("table".equals(v.source()) ? "（表）" : "（正文）"))
                .collect(Collectors.joining("；"));
    }

    public static String snippets(Finding f) {
        return f.values().stream().map(Finding.Value::snippet).filter(s -> s != null && !s.isBlank()).distinct()
                .collect(Collectors.joining(" … "));
    }
}
