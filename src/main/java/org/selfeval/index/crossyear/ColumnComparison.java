package org.selfeval.index.crossyear;

import org.selfeval.index.FigureEntry;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CY1: the later report's 基础数据表 (Y-1)年决算数 column against the earlier report's own Y决算数,
 * row by row (same canonical label). A money column that disagrees is an error: one of the two
 * reports misstates an audited figure.
 */
final class ColumnComparison {

    private ColumnComparison() {
    }

    static List<Finding> compare(YearPair pair, double tolerance) {
        YearFacts later = pair.later();
        YearFacts earlier = pair.earlier();
        int y = earlier.year();
        Set<String> seen = new LinkedHashSet<>();
        List<Finding> out = new ArrayList<>();
        for (FigureEntry f : later.figures()) {
            if (!"table".equals(f.source()) || !YearFacts.isMoney(f) || !YearFacts.isActualOf(f, y)
                    || !seen.add(f.label() + "|" + f.value())) {
                continue;
            }
            List<Double> stated = earlier.tableActuals(f.label(), y);
            if (stated.isEmpty() || YearPair.anyWithin(stated, f.value(), tolerance)) {
                continue;
            }
            double was = YearPair.nearest(stated, f.value());
            String row = f.label().endsWith(YearFacts.ACTUAL_SUFFIX)
                    ? f.label().substring(0, f.label().length() - YearFacts.ACTUAL_SUFFIX.length()) : f.label();
            String message = "跨年度数据不一致：" + YearPair.cite(later) + "基础数据表“" + row + "”" + y + "年决算数为"
                    + YearPair.fmt(f.value()) + "万元，而" + YearPair.cite(earlier) + "填报的" + y + "年决算数为"
                    + YearPair.fmt(was) + "万元，请核对上年决算数据";
            out.add(YearPair.finding(Severity.ERROR, "CY1", message,
                    YearPair.value(later, f.label(), f.value(), "万元", "table", "：" + f.period()),
                    YearPair.value(earlier, f.label(), was, "万元", "table", "：" + y + "年决算数")));
        }
        return out;
    }
}
