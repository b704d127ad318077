package org.selfeval.index.crossyear;

import org.selfeval.index.CrossYear;
import org.selfeval.index.IndexedReport;
import org.selfeval.model.Finding;
import org.selfeval.profile.ProfileRegistry;
import org.selfeval.profile.RuleProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * CROSS_YEAR_MISMATCH: a report against the same department's current reports of the year
 * before (Y-1) and after (Y+1), of the same kind. Superseded versions are never compared.
 * Findings are the report's own, whichever side of the pair it is.
 */
public final class CrossYearChecker implements CrossYear {

    private static final RuleProfile.Tolerances DEFAULT = new RuleProfile.Tolerances(0.01, 0.05, 0.01, 0.01, 0.1);

    private final Function<String, RuleProfile.Tolerances> tolerances;

    /** @param tolerances the money tolerances of a profile id (rubric §4) */
    public CrossYearChecker(Function<String, RuleProfile.Tolerances> tolerances) {
        this.tolerances = tolerances;
    }

    /** Tolerances from the rule profiles; the rubric defaults for an unknown profile. */
    public static CrossYearChecker of(ProfileRegistry profiles) {
        return new CrossYearChecker(id -> id == null ? DEFAULT
                : profiles.byId(id).map(RuleProfile::tolerances).orElse(DEFAULT));
    }

    public static CrossYearChecker withDefaults() {
        return new CrossYearChecker(id -> DEFAULT);
    }

    @Override
    public List<Finding> compare(IndexedReport current, List<IndexedReport> sameDepartment) {
        List<Finding> out = new ArrayList<>();
        if (current.year() == null || current.department() == null) {
            return out;
        }
        for (IndexedReport other : sameDepartment) {
            if (!comparable(current, other)) {
                continue;
            }
            YearPair pair = other.year() == current.year() - 1
                    ? new YearPair(new YearFacts(other), new YearFacts(current))
                    : new YearPair(new YearFacts(current), new YearFacts(other));
            out.addAll(compare(pair));
        }
        return out;
    }

    /** Every finding of one pair, whichever report is being indexed. */
    List<Finding> compare(YearPair pair) {
        RuleProfile.Tolerances t = tolerances.apply(pair.later().report().profile());
        List<Finding> out = new ArrayList<>(ColumnComparison.compare(pair, t.money()));
        out.addAll(ProseComparison.compare(pair, t.moneyRounding()));
        out.addAll(TargetComparison.compare(pair));
        return out;
    }

    private static boolean comparable(IndexedReport current, IndexedReport other) {
        return other.current() && other.year() != null && !Objects.equals(other.sha256(), current.sha256())
                && Math.abs(other.year() - current.year()) == 1
                && current.department().equals(other.department())
                && Objects.equals(current.kind(), other.kind())
                && (isDepartmentWide(current) || sameProject(current, other));
    }

    private static boolean isDepartmentWide(IndexedReport r) {
        return r.kind() != null && r.kind().contains("部门整体");
    }

    /** Project reports of one department compare only for the same project (title without years). */
    private static boolean sameProject(IndexedReport a, IndexedReport b) {
        return a.title() != null && b.title() != null && withoutYears(a.title()).equals(withoutYears(b.title()));
    }

    private static String withoutYears(String title) {
        return title.replaceAll("(?:19|20)\\d{2}年度?", "").replaceAll("[（(][）)]", "").strip();
    }
}
