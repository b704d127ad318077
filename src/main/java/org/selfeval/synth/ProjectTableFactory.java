package org.selfeval.synth;

import org.selfeval.synth.TableSpec.CellSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The 项目支出绩效自评表 (rubric §3.3): funding block by source, overall goal, indicator block, 总分. */
final class ProjectTableFactory {

    private ProjectTableFactory() {
    }

    /** Amounts per funding source for the three funding columns (年初预算数, 全年预算数, 全年执行数). */
    record Funding(BigDecimal[] total, BigDecimal[] current, BigDecimal[] carried, BigDecimal[] other) {
    }

    static TableSpec projectSelfEvaluation(int year, String project, String department, Funding f,
                                           BigDecimal executionRate, BigDecimal executionScore, IndicatorPlan plan,
                                           BigDecimal totalScore, String goal, String achieved) {
        List<CellSpec> cells = new ArrayList<>();
        Adder g = (r, c, rs, cs, text) -> cells.add(new CellSpec(r, c, rs, cs, text));
        g.add(0, 0, 1, 2, "项目名称");
        g.add(0, 2, 1, 7, project);
        g.add(1, 0, 1, 2, "主管部门");
        g.add(1, 2, 1, 3, department);
        g.add(1, 5, 1, 1, "实施单位");
        g.add(1, 6, 1, 3, department);
        g.add(2, 0, 5, 1, "项目资金（万元）");
        String[] heads = {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"};
        for (int c = 0; c < heads.length; c++) {
            g.add(2, c + 1, 1, 1, heads[c]);
        }
        g.add(2, 7, 1, 2, "得分");
        fundingRow(g, 3, "年度资金总额", f.total(), "10", Amounts.pct(executionRate), Amounts.fmt(executionScore));
        fundingRow(g, 4, "其中：当年财政拨款", f.current(), "—", "—", "—");
        fundingRow(g, 5, "上年结转资金", f.carried(), "—", "—", "—");
        fundingRow(g, 6, "其他资金", f.other(), "—", "—", "—");
        g.add(7, 0, 2, 1, "年度总体目标");
        g.add(7, 1, 1, 4, "预期目标");
        g.add(7, 5, 1, 4, "实际完成情况");
        g.add(8, 1, 1, 4, goal);
        g.add(8, 5, 1, 4, achieved);
        int last = IndicatorBlock.write(cells, 9, plan);
        g.add(last, 1, 1, 5, "总分");
        g.add(last, 6, 1, 1, "100");
        g.add(last, 7, 1, 1, Amounts.fmt(totalScore));
        g.add(last, 8, 1, 1, "");
        return new TableSpec(TableSpec.Kind.PROJECT_SELF_EVALUATION, "项目支出绩效自评表（" + year + "年度）", last + 1, 9,
                cells, 0, List.of(899.0, 1090.0, 1697.0, 2270.0, 1292.0, 740.0, 629.0, 501.0, 1087.0),
                List.of("填表人：        填报日期：          联系电话：            单位负责人签字："));
    }

    private static void fundingRow(Adder g, int r, String label, BigDecimal[] v, String weight, String rate,
                                   String score) {
        g.add(r, 1, 1, 1, label);
        for (int k = 0; k < 3; k++) {
            g.add(r, 2 + k, 1, 1, Amounts.fmt(v[k]));
        }
        g.add(r, 5, 1, 1, weight);
        g.add(r, 6, 1, 1, rate);
        g.add(r, 7, 1, 2, score);
    }

    @FunctionalInterface
    interface Adder {
        void add(int row, int col, int rowSpan, int colSpan, String text);
    }
}
