package org.selfeval.synth;

import org.selfeval.synth.TableSpec.CellSpec;

import java.util.List;

/** The 绩效指标 block shared by the 部门整体 and 项目 self-evaluation tables (columns 0–8). */
final class IndicatorBlock {

    private IndicatorBlock() {
    }

    /** Writes the header row at {@code first} and one row per indicator; returns the row left for 总分. */
    static int write(List<CellSpec> cells, int first, IndicatorPlan plan) {
        List<Indicator> rows = plan.indicators();
        int last = first + rows.size() + 1;
        cells.add(new CellSpec(first, 0, last - first + 1, 1, "绩效指标"));
        String[] heads = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int c = 0; c < heads.length; c++) {
            cells.add(new CellSpec(first, c + 1, 1, 1, heads[c]));
        }
        for (int i = 0; i < rows.size(); i++) {
            int r = first + 1 + i;
            Indicator x = rows.get(i);
            if (i == 0 || !rows.get(i - 1).primary().equals(x.primary())) {
                cells.add(new CellSpec(r, 1, run(rows, i, true), 1, x.primary() + "（" + plan.weightOf(x.primary()) + "分）"));
            }
            if (i == 0 || !rows.get(i - 1).secondary().equals(x.secondary())) {
                cells.add(new CellSpec(r, 2, run(rows, i, false), 1, x.secondary()));
            }
            cells.add(new CellSpec(r, 3, 1, 1, x.name()));
            cells.add(new CellSpec(r, 4, 1, 1, x.target()));
            cells.add(new CellSpec(r, 5, 1, 1, x.actual()));
            cells.add(new CellSpec(r, 6, 1, 1, String.valueOf(x.weight())));
            cells.add(new CellSpec(r, 7, 1, 1, String.valueOf(x.score())));
            cells.add(new CellSpec(r, 8, 1, 1, x.deviation()));
        }
        return last;
    }

    /** Rows from i on that share i's primary (or primary+secondary) indicator. */
    private static int run(List<Indicator> rows, int i, boolean primaryOnly) {
        int n = 1;
        Indicator head = rows.get(i);
        while (i + n < rows.size()) {
            Indicator next = rows.get(i + n);
            boolean same = next.primary().equals(head.primary())
                    && (primaryOnly || next.secondary().equals(head.secondary()));
            if (!same) {
                break;
            }
            n++;
        }
        return n;
    }
}
