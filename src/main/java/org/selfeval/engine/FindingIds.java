package org.selfeval.engine;

import org.selfeval.extract.Hashing;
import org.selfeval.model.Finding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The stable id of a finding: the same finding of the same file gets the same id on every check,
 * so reviewers' decisions (stored by sha256 + id) survive re-checks. Built from what identifies a
 * finding — code, rule, and each quoted value's label, number and page — never from its message
 * wording or its position in the list.
 */
public final class FindingIds {

    private static final int LENGTH = 16;

    private FindingIds() {
    }

    /**
     * The findings' stable ids, in order. Two identical findings of one report get "-2", "-3"… so
     * every finding can be addressed; the order is the checker's, which is deterministic.
     */
    public static java.util.List<String> all(ReportResult r) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Finding f : r.findings() == null ? java.util.List.<Finding>of() : r.findings()) {
            String id = of(f);
            int n = seen.merge(id, 1, Integer::sum);
            ids.add(n == 1 ? id : id + "-" + n);
        }
        return ids;
    }

    public static String of(Finding f) {
        StringBuilder key = new StringBuilder();
        key.append(f.code()).append('|').append(f.rule() == null ? "" : f.rule());
        for (Finding.Value v : f.values()) {
            key.append('|').append(v.label()).append('=').append(number(v.value())).append('@').append(v.page());
        }
        return Hashing.sha256(key.toString()).substring(0, LENGTH);
    }

    /** 860.9 and 860.90000000001 are one number: rounded to 4 places, trailing zeros dropped. */
    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
