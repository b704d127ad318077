package org.selfeval.index.crossyear;

import org.selfeval.index.FigureEntry;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CY2: last year's figure as the later report's prose implies it — "上年…X万元", or this year's
 * actual with "比上年减少/增加 Δ" — against the earlier report's own actual of that quantity.
 * A warning: prose may round or mean a slightly different scope.
 */
final class ProseComparison {

    private static final Pattern CHANGE = Pattern.compile("(?:比|较|与)?(?:上年|去年|上年度|上一年度?)(?:同期)?(?:相比)?"
            + "(?:增加|减少|增长|下降|上升|降低|节约|节省|多|少)|同比(?:增加|减少|增长|下降|上升|降低)");
    private static final Pattern DOWN = Pattern.compile("减少|下降|降低|节约|节省|少");
    private static final Pattern LAST_YEAR = Pattern.compile("^(?:上年|去年|上年度|上一年度?)(?:决算|实际|支出)?$");

    private ProseComparison() {
    }

    static List<Finding> compare(YearPair pair, double tolerance) {
        YearFacts later = pair.later();
        YearFacts earlier = pair.earlier();
        List<Finding> out = new ArrayList<>();
        for (FigureEntry f : later.figures()) {
            if (!"text".equals(f.source()) || !YearFacts.isMoney(f) || f.period() == null) {
                continue;
            }
            Double implied = implied(f, later);
            if (implied == null) {
                continue;
            }
            List<Double> stated = earlier.actuals(f.label(), earlier.year());
            if (stated.isEmpty() || YearPair.anyWithin(stated, implied, tolerance)) {
                continue;
            }
            double was = YearPair.nearest(stated, implied);
            String message = "跨年度数据不一致：" + YearPair.cite(later) + "文中“" + f.label() + f.period()
                    + YearPair.fmt(f.value()) + "万元”意味着" + earlier.year() + "年为" + YearPair.fmt(implied) + "万元，而"
                    + YearPair.cite(earlier) + "所列" + earlier.year() + "年决算数为" + YearPair.fmt(was) + "万元";
            out.add(YearPair.finding(Severity.WARNING, "CY2", message,
                    YearPair.value(later, f.label(), f.value(), "万元", "text", "：" + f.period()),
                    YearPair.value(earlier, f.label(), was, "万元", "table", "：" + earlier.year() + "年决算数")));
        }
        return out;
    }

    /** Last year's value the figure implies, or null when it says nothing about last year or is ambiguous. */
    private static Double implied(FigureEntry f, YearFacts later) {
        String period = f.period();
        if (LAST_YEAR.matcher(period).matches()) {
            return f.value();
        }
        if (!CHANGE.matcher(period).find()) {
            return null;
        }
        List<Double> now = later.actuals(f.label(), later.year());
        if (now.size() != 1) {
            return null;
        }
        double delta = DOWN.matcher(period).find() ? f.value() : -f.value();
        return Math.round((now.get(0) + delta) * 100) / 100d;
    }
}
