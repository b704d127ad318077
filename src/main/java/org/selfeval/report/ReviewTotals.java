package org.selfeval.report;

/**
 * A batch's totals, counted row by row as a summary is written (the xlsx's 汇总 sheet, the HTML's
 * totals line), so that no output keeps the rows to count them at the end.
 */
final class ReviewTotals {

    long reports;
    long failed;
    long withErrors;
    long withMissing;
    long errors;
    long warnings;
    long infos;
    long findings;
    long reviewed;

    void add(ReviewRow r) {
        reports++;
        if (r.failed()) {
            failed++;
            return;
        }
        withErrors += r.errors() > 0 ? 1 : 0;
        withMissing += r.missing() == null || r.missing().isEmpty() ? 0 : 1;
        errors += r.errors();
        warnings += r.warnings();
        infos += r.infos();
        findings += r.findings().size();
        reviewed += r.reviewed();
    }
}
