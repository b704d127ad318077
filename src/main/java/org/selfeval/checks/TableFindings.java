package org.selfeval.checks;

import org.selfeval.forms.FormValue;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** Shared helpers of the table checks: tolerance bands, number formatting, findings. */
final class TableFindings {

    private TableFindings() {
    }

    /**
     * Money tolerance (rubric §4): within {@code money} no finding; within {@code money_rounding}
     * an info (rounding); beyond, the rule's own severity. Null means no finding.
     */
    static Severity moneySeverity(double delta, RuleProfile.Tolerances t, Severity rule) {
        return Money.compare(delta, 0, t, rule).orElse(null);
    }

    /** "860.9", "0.47", "10": at most 2 decimals, no trailing zeros. */
    static String fmt(double v) {
        return Money.format(v);
    }

    /** A form amount as its table prints it: number and unit ("1820000元", "182万元"). */
    static String printed(FormValue v) {
        return fmt(v.value()) + v.unit();
    }

    /** An amount in 万元 printed in the unit of the cell it is compared with. */
    static String printedLike(double wan, FormValue like) {
        return fmt(like.inOwnUnit(wan)) + like.unit();
    }

    static double round2(double v) {
        return Money.round2(v);
    }

    /** Decimals written in a stated figure ("97.77%" → 2, "130%" → 0). */
    static int decimals(FormValue v) {
        String t = v.text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+\\.(\\d+)").matcher(t);
        return m.find() ? m.group(1).length() : 0;
    }

    /** A computed percentage rounded as precisely as the stated one was written. */
    static double roundLike(double computed, FormValue stated) {
        return BigDecimal.valueOf(computed).setScale(Math.min(4, decimals(stated)), RoundingMode.HALF_UP).doubleValue();
    }

    static double sum(List<FormValue> values) {
        return values.stream().filter(Objects::nonNull).mapToDouble(FormValue::wan).sum();
    }

    static List<Finding.Value> cite(List<FormValue> values) {
        return values.stream().filter(Objects::nonNull).map(FormValue::cite).toList();
    }

    static Finding finding(String code, Severity severity, String rule, String message, List<FormValue> values,
                           Double expected, Double actual) {
        return quoted(code, severity, rule, message, cite(values), expected, actual);
    }

    /** A finding whose values are already quoted (cells beside computed and rule numbers). */
    static Finding quoted(String code, Severity severity, String rule, String message, List<Finding.Value> values,
                          Double expected, Double actual) {
        return new Finding(code, severity, rule, message, values,
                expected == null ? null : round2(expected), actual == null ? null : round2(actual));
    }

    /** A number the check computed from cells (a sum), quoted beside the cells it came from. */
    static Finding.Value computed(String label, double value, String unit, int page) {
        return new Finding.Value(label, round2(value), unit, "computed", page, null);
    }

    /** A number the rule profile sets (a rule weight), quoted beside the document's. */
    static Finding.Value rule(String label, double value, String unit) {
        return new Finding.Value(label, value, unit, "rule", 0, null);
    }
}
