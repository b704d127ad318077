package org.selfeval.eval.checks;

import org.selfeval.eval.checks.SpecEdits.IndicatorGrid;
import org.selfeval.eval.checks.VariantFactory.Injection;
import org.selfeval.model.Severity;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.TableSpec;
import org.selfeval.synth.TableSpec.CellSpec;
import org.selfeval.synth.TableSpec.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One method per inconsistency kind; each returns false when the report has nothing to change. */
final class Injections {

    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;
    private static final Pattern CHANGE = Pattern.compile("比上年(减少|增加)(\\d+(?:\\.\\d+)?)万元");

    private Injections() {
    }

    /** A money difference well beyond the 0.05 万元 rounding band. */
    private static BigDecimal delta(Random rnd, double lo, double hi) {
        return BigDecimal.valueOf(Math.round((lo + rnd.nextDouble() * (hi - lo)) * 100), 2);
    }

    static boolean sumIncome(Injection inj, Random rnd) {
        TableSpec t = inj.spec().table(Kind.SELF_EVALUATION);
        CellSpec cell = t == null ? null : SpecEdits.find(t, s -> s.contains("一般公共预算") && SpecEdits.number(s) != null);
        if (cell == null) {
            return false;
        }
        BigDecimal old = SpecEdits.number(cell.text());
        inj.table(t.withCellText(cell.row(), cell.col(), SpecEdits.withNumber(cell.text(), old.add(delta(rnd, 1, 30)))));
        inj.expect("SUM_MISMATCH", "T5", E, "自评表 一般公共预算 " + old + " 改大");
        return true;
    }

    static boolean sumThreePublic(Injection inj, Random rnd) {
        TableSpec t = inj.spec().table(Kind.BASIC_DATA);
        CellSpec label = t == null ? null : SpecEdits.find(t, s -> s.endsWith("公务接待"));
        if (label == null) {
            return false;
        }
        CellSpec actual = t.cells().stream().filter(c -> c.row() == label.row()).reduce((a, b) -> b.col() > a.col() ? b : a).orElseThrow();
        BigDecimal old = SpecEdits.number(actual.text());
        if (old == null) {
            return false;
        }
        inj.table(t.withCellText(actual.row(), actual.col(), SpecEdits.fmt(old.add(delta(rnd, 0.5, 3)))));
        inj.expect("SUM_MISMATCH", "B2", E, "基础数据表 公务接待 决算数 " + old + " 改大");
        inj.allow("TEXT_TABLE_MISMATCH", null, E);
        inj.allow("CONFLICTING_VALUES", null, W);
        return true;
    }

    static boolean sumProsePersonnel(Injection inj, Random rnd) {
        BigDecimal personnel = VariantFactory.figure(inj.spec(), "basic.personnel");
        if (personnel == null) {
            return false;
        }
        String from = "人员经费" + SpecEdits.fmt(personnel) + "万元";
        ReportSpec changed = SpecEdits.replaceProse(inj.spec(), from,
                "人员经费" + SpecEdits.fmt(personnel.add(delta(rnd, 1, 30))) + "万元");
        if (changed == null) {
            return false;
        }
        inj.spec(changed);
        inj.expect("SUM_MISMATCH", "X3", E, "正文 人员经费 " + personnel + " 改大");
        inj.allow("CONFLICTING_VALUES", null, W);
        inj.allow("TEXT_TABLE_MISMATCH", null, E);
        inj.allow("RATIO_MISMATCH", "X5", W);
        return true;
    }

    static boolean sumProjectFunding(Injection inj, Random rnd) {
        TableSpec t = inj.spec().table(Kind.PROJECT_SELF_EVALUATION);
        CellSpec label = t == null ? null : SpecEdits.find(t, s -> s.contains("当年财政拨款"));
        CellSpec head = t == null ? null : SpecEdits.find(t, "全年执行数"::equals);
        if (label == null || head == null) {
            return false;
        }
        CellSpec cell = t.anchoredAt(label.row(), head.col());
        BigDecimal old = cell == null ? null : SpecEdits.number(cell.text());
        if (old == null) {
            return false;
        }
        inj.table(t.withCellText(cell.row(), cell.col(), SpecEdits.fmt(old.add(delta(rnd, 1, 20)))));
        inj.expect("SUM_MISMATCH", "T6", E, "项目自评表 当年财政拨款 全年执行数 " + old + " 改大");
        return true;
    }

    static boolean ratioExecution(Injection inj, Random rnd) {
        TableSpec t = inj.table();
        CellSpec head = t == null ? null : SpecEdits.find(t, "执行率"::equals);
        CellSpec cell = head == null ? null : t.anchoredAt(head.row() + 1, head.col());
        BigDecimal old = cell == null ? null : SpecEdits.number(cell.text());
        if (old == null) {
            return false;
        }
        BigDecimal pp = BigDecimal.valueOf(2 + rnd.nextInt(5));
        BigDecimal changed = old.compareTo(BigDecimal.valueOf(90)) > 0 ? old.subtract(pp) : old.add(pp);
        inj.table(t.withCellText(cell.row(), cell.col(), SpecEdits.fmt(changed) + "%"));
        inj.execRateTouched = true;
        inj.expect("RATIO_MISMATCH", "T1", E, "自评表 执行率 " + old + "% 改为 " + changed + "%");
        inj.allow("SCORE_MISMATCH", "T2", E);
        inj.allow("TEXT_TABLE_MISMATCH", null, E);
        inj.allow("CONFLICTING_VALUES", null, W);
        return true;
    }

    static boolean ratioShare(Injection inj, Random rnd) {
        BigDecimal share = VariantFactory.figure(inj.spec(), "basic.personnelShare");
        if (share == null) {
            return false;
        }
        BigDecimal pp = BigDecimal.valueOf(2 + rnd.nextInt(5));
        BigDecimal changed = share.compareTo(BigDecimal.valueOf(50)) > 0 ? share.subtract(pp) : share.add(pp);
        ReportSpec spec = SpecEdits.replaceProse(inj.spec(), "占基本支出的" + SpecEdits.fmt(share) + "%",
                "占基本支出的" + SpecEdits.fmt(changed) + "%");
        if (spec == null) {
            return false;
        }
        inj.spec(spec);
        inj.expect("RATIO_MISMATCH", "X5", W, "正文 工资福利支出占比 " + share + "% 改为 " + changed + "%");
        inj.allow("SUM_MISMATCH", null, W);
        return true;
    }

    static boolean diffThreePublic(Injection inj, Random rnd) {
        String p = SpecEdits.paragraphWith(inj.spec(), "比上年");
        Matcher m = p == null ? null : CHANGE.matcher(p);
        if (m == null || !m.find()) {
            return false;
        }
        BigDecimal old = new BigDecimal(m.group(2));
        String replaced = "比上年" + m.group(1) + SpecEdits.fmt(old.add(delta(rnd, 0.3, 3))) + "万元";
        inj.spec(SpecEdits.replaceProse(inj.spec(), m.group(), replaced));
        inj.expect("DIFF_MISMATCH", "X9", E, "正文 三公经费比上年" + m.group(1) + old + "万元 改大");
        return true;
    }

    static boolean textTableTotal(Injection inj, Random rnd) {
        BigDecimal total = VariantFactory.figure(inj.spec(), "total.actual");
        if (total == null || inj.table() == null) {
            return false;
        }
        String money = SpecEdits.fmt(total) + "万元";
        String changedMoney = SpecEdits.fmt(total.add(delta(rnd, 1, 30))) + "万元";
        ReportSpec spec = SpecEdits.replaceProse(inj.spec(), "全年支出" + money, "全年支出" + changedMoney);
        if (spec == null) {
            spec = SpecEdits.replaceProse(inj.spec(), "全年实际支出" + money, "全年实际支出" + changedMoney);
        }
        if (spec == null) {
            return false;
        }
        inj.spec(spec);
        inj.expect("TEXT_TABLE_MISMATCH", "X1", E, "正文 全年支出 " + total + " 改大");
        inj.allow("CONFLICTING_VALUES", null, W);
        inj.allow("SUM_MISMATCH", null, E);
        inj.allow("RATIO_MISMATCH", null, E);
        return true;
    }

    static boolean conflictingWages(Injection inj, Random rnd) {
        BigDecimal wages = VariantFactory.figure(inj.spec(), "econ.wages");
        if (wages == null) {
            return false;
        }
        // Raise the mention under 基本支出 above the one under 全年支出: a part of a part larger than
        // the whole's same item is a provable conflict. (Raising the 全年 mention is not: project
        // spending may pay wages too — that defect shows as the breakdown's SUM_MISMATCH instead.)
        ReportSpec spec = SpecEdits.replaceProse(inj.spec(), "其中：工资福利支出" + SpecEdits.fmt(wages) + "万元，占基本支出",
                "其中：工资福利支出" + SpecEdits.fmt(wages.add(delta(rnd, 1, 30))) + "万元，占基本支出");
        if (spec == null) {
            return false;
        }
        inj.spec(spec);
        inj.expect("CONFLICTING_VALUES", "X6", W, "正文 工资福利支出 基本支出下一处 " + wages + " 改大");
        inj.allow("RATIO_MISMATCH", null, E);
        inj.allow("SUM_MISMATCH", null, E);
        inj.allow("TEXT_TABLE_MISMATCH", null, E);
        return true;
    }

    static boolean scoreOverWeight(Injection inj, Random rnd) {
        TableSpec t = inj.table();
        IndicatorGrid g = t == null ? null : IndicatorGrid.of(t);
        Integer row = g == null ? null : pickRow(t, g, rnd, true);
        if (row == null) {
            return false;
        }
        int weight = intAt(t, row, g.weightCol());
        inj.table(t.withCellText(row, g.scoreCol(), String.valueOf(weight + 2)));
        inj.expect("SCORE_MISMATCH", "T9", E, "指标得分 " + weight + " 改为 " + (weight + 2) + "（超过分值）");
        inj.allow("SCORE_MISMATCH", null, E);
        return true;
    }

    static boolean scoreTotal(Injection inj, Random rnd) {
        TableSpec t = inj.table();
        IndicatorGrid g = t == null ? null : IndicatorGrid.of(t);
        CellSpec cell = g == null ? null : t.anchoredAt(g.totalRow(), g.scoreCol());
        BigDecimal old = cell == null ? null : SpecEdits.number(cell.text());
        if (old == null) {
            return false;
        }
        BigDecimal changed = old.subtract(BigDecimal.valueOf(2 + rnd.nextInt(4)));
        inj.table(t.withCellText(cell.row(), cell.col(), SpecEdits.fmt(changed)));
        inj.expect("SCORE_MISMATCH", "T10", E, "总分得分 " + old + " 改为 " + changed);
        return true;
    }

    static boolean weightOff(Injection inj, Random rnd) {
        TableSpec t = inj.table();
        IndicatorGrid g = t == null ? null : IndicatorGrid.of(t);
        if (g == null) {
            return false;
        }
        Integer from = null;
        Integer to = null;
        for (int r : g.rows()) {
            String primary = primaryOf(t, r);
            if (from == null && primary.startsWith("效益") && intAt(t, r, g.weightCol()) >= 10) {
                from = r;
            }
            if (to == null && primary.startsWith("产出")) {
                to = r;
            }
        }
        if (from == null || to == null) {
            return false;
        }
        t = shift(t, from, g, -5);
        t = shift(t, to, g, +5);
        inj.table(t);
        inj.expect("WEIGHT_MISMATCH", "T7", E, "5分从效益指标移到产出指标（产出55/效益25）");
        return true;
    }

    static boolean deviationUnexplained(Injection inj, Random rnd) {
        TableSpec t = inj.table();
        IndicatorGrid g = t == null ? null : IndicatorGrid.of(t);
        Integer row = g == null ? null : pickRow(t, g, rnd, false);
        CellSpec total = g == null ? null : t.anchoredAt(g.totalRow(), g.scoreCol());
        if (row == null || total == null || SpecEdits.number(total.text()) == null) {
            return false;
        }
        int weight = intAt(t, row, g.weightCol());
        t = t.withCellText(row, g.scoreCol(), String.valueOf(weight - 2));
        t = t.withCellText(total.row(), total.col(), SpecEdits.fmt(SpecEdits.number(total.text()).subtract(BigDecimal.valueOf(2))));
        inj.table(t);
        inj.expect("DEVIATION_UNEXPLAINED", null, E, "得分 " + weight + " 改为 " + (weight - 2) + "，偏差原因仍为“无偏差”");
        return true;
    }

    static boolean yearTable(Injection inj, Random rnd) {
        TableSpec t = inj.spec().table(Kind.BASIC_DATA);
        if (t == null) {
            t = inj.spec().table(Kind.PROJECT_SELF_EVALUATION);
        }
        String year = String.valueOf(inj.spec().year());
        if (t == null || !t.title().contains(year)) {
            return false;
        }
        int wrong = inj.spec().year() - 1 - rnd.nextInt(2);
        TableSpec changed = t.withTitle(t.title().replace(year, String.valueOf(wrong)));
        inj.spec(SpecEdits.mapTable(inj.spec(), t.kind(), x -> changed));
        inj.expect("YEAR_MISMATCH", "X11", E, t.kind() + " 表头年度 " + year + " 改为 " + wrong);
        return true;
    }

    /** A random indicator row scored in full with "无偏差" and a weight of at least 5. */
    private static Integer pickRow(TableSpec t, IndicatorGrid g, Random rnd, boolean anyReason) {
        List<Integer> rows = new ArrayList<>();
        for (int r : g.rows()) {
            CellSpec w = t.anchoredAt(r, g.weightCol());
            CellSpec s = t.anchoredAt(r, g.scoreCol());
            CellSpec reason = t.anchoredAt(r, g.reasonCol());
            if (w != null && s != null && w.text().equals(s.text()) && intAt(t, r, g.weightCol()) >= 5
                    && (anyReason || (reason != null && reason.text().equals("无偏差")))) {
                rows.add(r);
            }
        }
        return rows.isEmpty() ? null : rows.get(rnd.nextInt(rows.size()));
    }

    private static int intAt(TableSpec t, int r, int c) {
        CellSpec cell = t.anchoredAt(r, c);
        BigDecimal v = cell == null ? null : SpecEdits.number(cell.text());
        return v == null ? -1 : v.intValue();
    }

    private static String primaryOf(TableSpec t, int r) {
        CellSpec c = t.covering(r, 1);
        return c == null ? "" : c.text();
    }

    private static TableSpec shift(TableSpec t, int r, IndicatorGrid g, int points) {
        int w = intAt(t, r, g.weightCol());
        int s = intAt(t, r, g.scoreCol());
        return t.withCellText(r, g.weightCol(), String.valueOf(w + points))
                .withCellText(r, g.scoreCol(), String.valueOf(s + points));
    }
}
