package org.selfeval.index.crossyear;

import org.selfeval.index.FigureEntry;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CY3: a 三级 indicator whose 年度指标值 the later report lowers although the earlier report's
 * 实际完成值 exceeded its own target — a target set to be met, not to steer. Conservative: only
 * "≥" targets, same unit in both years and as the actual, never money (cost caps follow the
 * budget), one unambiguous value per report. Targets are read from the report text right after
 * the indicator name, since the index keeps achieved figures, not goals.
 */
final class TargetComparison {

    static final String ACTUAL = "·实际完成值";
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)\\s*([^\\s\\d≥≤<>＞＜.]{0,3})";

    private TargetComparison() {
    }

    /** A "≥ value unit" target. */
    record Target(double value, String unit) {
    }

    static List<Finding> compare(YearPair pair) {
        YearFacts later = pair.later();
        YearFacts earlier = pair.earlier();
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FigureEntry f : later.figures()) {
            if (!"table".equals(f.source()) || !f.label().endsWith(ACTUAL) || YearFacts.isMoney(f)
                    || !seen.add(f.label())) {
                continue;
            }
            String name = f.label().substring(0, f.label().length() - ACTUAL.length());
            Optional<Double> achieved = single(earlier, f.label(), f.unit());
            Optional<Target> before = target(earlier, name);
            Optional<Target> after = target(later, name);
            if (achieved.isEmpty() || before.isEmpty() || after.isEmpty()
                    || !before.get().unit().equals(after.get().unit())
                    || !unitsAgree(before.get().unit(), f.unit())) {
                continue;
            }
            double b = before.get().value();
            double a = after.get().value();
            if (a >= b - 1e-9 || achieved.get() <= b + 1e-9) {
                continue;
            }
            String unit = after.get().unit();
            String message = "跨年度指标值下调：绩效指标“" + name + "”的年度指标值由" + YearPair.cite(earlier) + "的≥"
                    + YearPair.fmt(b) + unit + "降为" + YearPair.cite(later) + "的≥" + YearPair.fmt(a) + unit
                    + "，而上年实际完成" + YearPair.fmt(achieved.get()) + unit + "已超过原目标，请说明下调理由";
            out.add(YearPair.finding(Severity.WARNING, "CY3", message,
                    YearPair.value(later, name + "·年度指标值", a, unit, "table", "：年度指标值≥" + YearPair.fmt(a) + unit),
                    YearPair.value(earlier, name + "·年度指标值", b, unit, "table",
                            "：年度指标值≥" + YearPair.fmt(b) + unit + "，实际完成" + YearPair.fmt(achieved.get()) + unit)));
        }
        return out;
    }

    /** The value of this label when the report states exactly one. */
    private static Optional<Double> single(YearFacts r, String label, String unit) {
        List<Double> values = r.figures().stream()
                .filter(f -> "table".equals(f.source()) && label.equals(f.label()) && Objects.equals(unit, f.unit()))
                .map(FigureEntry::value).distinct().toList();
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    /** The "≥N" target written right after the indicator's name; empty when absent or stated differently twice. */
    static Optional<Target> target(YearFacts r, String name) {
        String text = r.report().text();
        if (text == null || name.isBlank()) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*[≥>＞]\\s*" + NUMBER).matcher(text);
        Set<Target> found = new HashSet<>();
        while (m.find()) {
            found.add(new Target(Double.parseDouble(m.group(1)), m.group(2)));
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static boolean unitsAgree(String targetUnit, String actualUnit) {
        String a = actualUnit == null ? "" : actualUnit;
        return targetUnit.equals(a) || ("%".equals(a) && "％".equals(targetUnit));
    }
}
