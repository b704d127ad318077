package org.selfeval.index.crossyear;

import org.selfeval.index.FigureEntry;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CY3: a 三级 indicator whose 年度指标值 the later report lowers although the earlier report's
 * 实际完成值 exceeded its own target — a target set to be met, not to steer. Conservative: only
 * "≥" targets (read from the report text next to the indicator name), same unit, never money
 * (cost caps follow the budget), and one unambiguous value per report.
 */
final class TargetComparison {

    static final String TARGET = "·年度指标值";
    static final String ACTUAL = "·实际完成值";
    private static final int LOOKAHEAD = 24;

    private TargetComparison() {
    }

    static List<Finding> compare(YearPair pair) {
        YearFacts later = pair.later();
        YearFacts earlier = pair.earlier();
        List<Finding> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FigureEntry now : later.figures()) {
            if (!"table".equals(now.source()) || !now.label().endsWith(TARGET) || YearFacts.isMoney(now)
                    || !seen.add(now.label())) {
                continue;
            }
            Optional<FigureEntry> lastTarget = single(earlier, now.label(), now.unit());
            Optional<FigureEntry> lastActual = single(earlier, now.label().replace(TARGET, ACTUAL), now.unit());
            Optional<FigureEntry> nowTarget = single(later, now.label(), now.unit());
            if (lastTarget.isEmpty() || lastActual.isEmpty() || nowTarget.isEmpty()) {
                continue;
            }
            double before = lastTarget.get().value();
            double after = nowTarget.get().value();
            double achieved = lastActual.get().value();
            String name = now.label().substring(0, now.label().length() - TARGET.length());
            if (after >= before - 1e-9 || achieved <= before + 1e-9
                    || !atLeast(later, name) || !atLeast(earlier, name)) {
                continue;
            }
            String unit = now.unit() == null ? "" : now.unit();
            String message = "绩效指标“" + name + "”的年度指标值由" + YearPair.cite(earlier) + "的≥" + YearPair.fmt(before)
                    + unit + "降为" + YearPair.cite(later) + "的≥" + YearPair.fmt(after) + unit + "，而上年实际完成"
                    + YearPair.fmt(achieved) + unit + "已超过原目标，指标值设置偏低，请说明理由";
            out.add(YearPair.finding(Severity.WARNING, "CY3", message,
                    YearPair.value(later, now.label(), after, unit, "table", "：年度指标值"),
                    YearPair.value(earlier, now.label(), before, unit, "table", "：年度指标值（实际完成" + YearPair.fmt(achieved) + unit + "）")));
        }
        return out;
    }

    /** The figure with this label when the report states exactly one value for it. */
    private static Optional<FigureEntry> single(YearFacts r, String label, String unit) {
        List<FigureEntry> all = r.figures().stream()
                .filter(f -> "table".equals(f.source()) && label.equals(f.label()) && java.util.Objects.equals(unit, f.unit()))
                .toList();
        return all.stream().map(FigureEntry::value).distinct().count() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /** The text after the indicator's name shows a "≥"/">" target before any digit. */
    private static boolean atLeast(YearFacts r, String name) {
        String text = r.report().text();
        if (text == null) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            String after = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + LOOKAHEAD));
            for (char c : after.toCharArray()) {
                if (c == '≥' || c == '>' || c == '＞') {
                    return true;
                }
                if (Character.isDigit(c) || c == '≤' || c == '<' || c == '＜') {
                    break;
                }
            }
        }
        return false;
    }
}
