package org.selfeval.eval.checks;

import org.selfeval.engine.ReportResult;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.sections.SectionReport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One file's result against its gold: matched, missed and spurious findings (errors and
 * warnings, plus the info findings of the rules in {@link #MEASURED_INFO_RULES}; other info is
 * formatting), missing-part hits, completeness and profile agreement.
 */
public record FileScore(Gold gold, boolean failed, List<Gold.Expected> truePositives, List<Gold.Expected> falseNegatives,
                        List<Finding> falsePositives, Set<Gold.MissingPart> missingTp, Set<Gold.MissingPart> missingFn,
                        Set<Gold.MissingPart> missingFp, boolean completenessExact, boolean profileRight,
                        String reportedProfile, SectionReport.Completeness reportedCompleteness) {

    /** Info-level rules the generator injects, so their hits and false alarms are counted too. */
    static final Set<String> MEASURED_INFO_RULES = Set.of("T14", "B7");

    public static FileScore of(Gold gold, ReportResult result) {
        Set<Gold.MissingPart> goldMissing = new HashSet<>(gold.missing());
        if (result == null || !result.isOk()) {
            return new FileScore(gold, true, List.of(), gold.findings(), List.of(), Set.of(), goldMissing, Set.of(),
                    false, false, null, null);
        }
        List<Finding> reported = result.findings() == null ? List.of()
                : result.findings().stream().filter(f -> f.severity() != Severity.INFO
                || (f.rule() != null && MEASURED_INFO_RULES.contains(f.rule()))).toList();
        boolean[] used = new boolean[reported.size()];
        List<Gold.Expected> tp = new ArrayList<>();
        List<Gold.Expected> fn = new ArrayList<>();
        for (Gold.Expected e : gold.findings()) {
            int hit = -1;
            for (int i = 0; i < reported.size() && hit < 0; i++) {
                Finding f = reported.get(i);
                if (!used[i] && matches(e.code(), e.rule(), f) && f.severity().ordinal() <= e.severity().ordinal()
                        && quotes(e, f)) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                tp.add(e);
            } else {
                fn.add(e);
            }
        }
        List<Finding> fp = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            Finding f = reported.get(i);
            if (used[i] || allowed(gold, f) || duplicateOfMatch(tp, f) || weakerThanMissed(fn, f)) {
                continue;
            }
            fp.add(f);
        }
        Set<Gold.MissingPart> reportedMissing = new HashSet<>();
        if (result.missing() != null) {
            result.missing().forEach(m -> reportedMissing.add(new Gold.MissingPart(m.kind(), m.canonical())));
        }
        Set<Gold.MissingPart> mTp = new HashSet<>(reportedMissing);
        mTp.retainAll(goldMissing);
        Set<Gold.MissingPart> mFn = new HashSet<>(goldMissing);
        mFn.removeAll(reportedMissing);
        Set<Gold.MissingPart> mFp = new HashSet<>(reportedMissing);
        mFp.removeAll(goldMissing);
        SectionReport.Completeness c = result.completeness();
        boolean exact = c != null && gold.completeness() != null
                && Math.abs(c.body() - gold.completeness().body()) < 1e-9
                && Math.abs(c.attachments() - gold.completeness().attachments()) < 1e-9;
        String profile = result.report() == null ? null : result.report().profile();
        return new FileScore(gold, false, tp, fn, fp, mTp, mFn, mFp, exact, Objects.equals(profile, gold.profile()),
                profile, c);
    }

    /** Code equal, and the rule too when the gold names one (token match: "T11/T15" has T11). */
    static boolean matches(String code, String rule, Finding f) {
        if (!code.equals(f.code())) {
            return false;
        }
        if (rule == null) {
            return true;
        }
        return f.rule() != null && Arrays.asList(f.rule().split("[^A-Za-z0-9]+")).contains(rule);
    }

    /** The finding quotes ≥ 2 of the gold's numbers (all when fewer), |a−b| ≤ 0.005; true without gold numbers. */
    static boolean quotes(Gold.Expected e, Finding f) {
        if (e.values().isEmpty()) {
            return true;
        }
        long hits = e.values().stream()
                .filter(v -> f.values().stream().anyMatch(x -> Math.abs(x.value() - v) <= 0.005 + 1e-9)).count();
        return hits >= Math.min(2, e.values().size());
    }

    private static boolean allowed(Gold gold, Finding f) {
        return gold.allowed().stream().anyMatch(a -> matches(a.code(), a.rule(), f)
                && f.severity().ordinal() >= a.maxSeverity().ordinal());
    }

    /** The same defect reported twice (per column, per check) is not a second false alarm. */
    private static boolean duplicateOfMatch(List<Gold.Expected> tp, Finding f) {
        return tp.stream().anyMatch(e -> matches(e.code(), e.rule(), f));
    }

    /** Found, but below the required severity: already a miss, not also a false alarm. */
    private static boolean weakerThanMissed(List<Gold.Expected> fn, Finding f) {
        return fn.stream().anyMatch(e -> matches(e.code(), e.rule(), f));
    }
}
