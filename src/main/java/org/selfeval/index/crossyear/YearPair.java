package org.selfeval.index.crossyear;

import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

/**
 * Two current reports of one department in consecutive years: {@code earlier} (Y-1) and
 * {@code later} (Y). Builds findings that cite both files.
 */
record YearPair(YearFacts earlier, YearFacts later) {

    static final String CODE = org.selfeval.index.CrossYear.CODE;

    /** "2024年报告（b.docx）" */
    static String cite(YearFacts r) {
        return r.year() + "年报告（" + r.fileName() + "）";
    }

    static Finding.Value value(YearFacts r, String label, double value, String unit, String source, String what) {
        return new Finding.Value(label, value, unit, source, 0, cite(r) + what);
    }

    static Finding finding(Severity severity, String rule, String message, Finding.Value laterValue,
                           Finding.Value earlierValue) {
        return new Finding(CODE, severity, rule, message, List.of(laterValue, earlierValue),
                earlierValue.value(), laterValue.value());
    }

    /** The nearest of {@code candidates} to {@code x}. */
    static double nearest(List<Double> candidates, double x) {
        return candidates.stream().min((a, b) -> Double.compare(Math.abs(a - x), Math.abs(b - x))).orElseThrow();
    }

    static boolean anyWithin(List<Double> candidates, double x, double tolerance) {
        return candidates.stream().anyMatch(c -> Math.abs(c - x) <= tolerance + 1e-9);
    }

    static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
