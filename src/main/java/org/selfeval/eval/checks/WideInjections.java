package org.selfeval.eval.checks;

import org.selfeval.eval.checks.VariantFactory.Injection;
import org.selfeval.eval.checks.Widening.Needs;
import org.selfeval.eval.checks.Widening.Widened;
import org.selfeval.model.Severity;
import org.selfeval.synth.Phrasings.Stated;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.TableSpec;
import org.selfeval.synth.TableSpec.CellSpec;
import org.selfeval.synth.TableSpec.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Injections into a {@link Widening widened} report, each falsifying one number of a hooked
 * sentence or of a 元 table, with every number involved in the gold (in the document's unit).
 */
final class WideInjections {

    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;

    private WideInjections() {
    }

    /** The widened clean report; false never (widening always applies). */
    static boolean clean(Injection inj, Random rnd) {
        inj.report = Widening.widen(inj.report, rnd, Needs.NONE).report();
        return true;
    }

    /** A stated change (比上年 / 较年初 / 调增) whose delta is not the difference of its two amounts. */
    static boolean statedChange(Injection inj, Random rnd) {
        Widened w = Widening.widen(inj.report, rnd, Needs.NONE);
        List<String> names = new ArrayList<>();
        for (String n : List.of(Widening.THREE_PUBLIC_CHANGE, Widening.PROJECT_CHANGE, Widening.BUDGET_CHANGE)) {
            if (w.hooks().containsKey(n)) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            return false;
        }
        String name = names.get(rnd.nextInt(names.size()));
        return falsify(inj, w, name, rnd, "DIFF_MISMATCH", "正文" + name + "差额");
    }

    /** A prose figure the form also holds (全年预算安排, 到位资金, 累计完成投资, 自评得分) ≠ the form. */
    static boolean formLink(Injection inj, Random rnd) {
        Widened w = Widening.widen(inj.report, rnd, Needs.NONE);
        if (!w.hooks().containsKey(Widening.FORM_LINK)) {
            return false;
        }
        // The form prints its value in 元 when the widening put the tables in 元; the finding quotes it so.
        boolean money = !w.hooks().get(Widening.FORM_LINK).derived().endsWith("分");
        BigDecimal formScale = w.yuan() && money ? BigDecimal.valueOf(10_000) : BigDecimal.ONE;
        boolean done = falsify(inj, w, Widening.FORM_LINK, rnd, "TEXT_TABLE_MISMATCH", "正文与自评表同一数", formScale);
        inj.allow("DIFF_MISMATCH", null, E);
        inj.allow("RATIO_MISMATCH", null, E);
        return done;
    }

    /** 结余资金 ≠ 全年预算 − 实际支出. */
    static boolean balance(Injection inj, Random rnd) {
        Widened w = Widening.widen(inj.report, rnd, Needs.NONE);
        return w.hooks().containsKey(Widening.BALANCE) && falsify(inj, w, Widening.BALANCE, rnd, "DIFF_MISMATCH", "正文结余资金");
    }

    /** Prose 预算执行率 ≠ prose 实际支出 ÷ 全年预算. */
    static boolean proseRate(Injection inj, Random rnd) {
        Widened w = Widening.widen(inj.report, rnd, Needs.NONE);
        if (!w.hooks().containsKey(Widening.RATE)) {
            return false;
        }
        Stated s = w.hooks().get(Widening.RATE);
        BigDecimal pp = BigDecimal.valueOf(2 + rnd.nextInt(4));
        BigDecimal wrong = s.value().compareTo(BigDecimal.valueOf(90)) > 0 ? s.value().subtract(pp) : s.value().add(pp);
        inj.report = w.report();
        inj.spec(replace(inj.spec(), s, s.derived(), SpecEdits.fmt(wrong) + "%"));
        List<BigDecimal> values = new ArrayList<>(s.inputs());
        values.add(wrong);
        inj.expect("RATIO_MISMATCH", null, W, "正文预算执行率 " + s.value() + "% 改为 " + wrong + "%", values);
        inj.allow("TEXT_TABLE_MISMATCH", null, E);
        inj.allow("CONFLICTING_VALUES", null, W);
        return true;
    }

    /** One item of the prose source list (or, without one, the use list) changed: the items miss the total. */
    static boolean listPart(Injection inj, Random rnd) {
        Widened w = Widening.widen(inj.report, rnd, new Needs(true, false));
        String name = w.hooks().containsKey(Widening.SOURCES) && w.hooks().get(Widening.SOURCES).inputs().size() >= 2
                ? Widening.SOURCES : Widening.USES;
        Stated s = w.hooks().get(name);
        if (s == null || s.inputs().size() < 2) {
            return false;
        }
        int k = rnd.nextInt(s.inputs().size());
        BigDecimal old = s.inputs().get(k);
        BigDecimal changed = old.add(delta(rnd));
        String oldText = w.thousands() ? Widening.thousands(SpecEdits.fmt(old) + "万元") : SpecEdits.fmt(old) + "万元";
        String newText = w.thousands() ? Widening.thousands(SpecEdits.fmt(changed) + "万元") : SpecEdits.fmt(changed) + "万元";
        boolean unique = s.text().indexOf(oldText) >= 0 && s.text().indexOf(oldText) == s.text().lastIndexOf(oldText);
        if (!unique || oldText.equals(s.derived())) {
            return false;
        }
        inj.report = w.report();
        inj.spec(replace(inj.spec(), s, oldText, newText));
        List<BigDecimal> values = new ArrayList<>(s.inputs());
        values.set(k, changed);
        values.add(s.value());
        inj.expect("SUM_MISMATCH", null, W, "正文" + name + "列表一项 " + old + " 改为 " + changed, values);
        inj.allow("CONFLICTING_VALUES", null, W);
        inj.allow("TEXT_TABLE_MISMATCH", null, E);
        return true;
    }

    /** A part of a 元 table raised: 公务接待 决算数 under 三公经费 (B2) or 当年财政拨款 全年执行数 (T6). */
    static boolean yuanTablePart(Injection inj, Random rnd) {
        Widened w = Widening.widen(inj.report, rnd, new Needs(false, true));
        ReportSpec spec = w.report().spec();
        TableSpec basic = spec.table(Kind.BASIC_DATA);
        TableSpec project = spec.table(Kind.PROJECT_SELF_EVALUATION);
        TableSpec t = basic != null ? basic : project;
        if (t == null || !YuanTables.inYuan(t)) {
            return false;
        }
        String partLabel = basic != null ? "公务接待" : "当年财政拨款";
        String totalLabel = basic != null ? "三公经费" : "年度资金总额";
        int col = basic != null ? 5 : 4;
        CellSpec label = SpecEdits.find(t, x -> x.endsWith(partLabel));
        CellSpec totalCell = SpecEdits.find(t, totalLabel::equals);
        CellSpec cell = label == null ? null : t.anchoredAt(label.row(), col);
        CellSpec totalValue = totalCell == null ? null : t.anchoredAt(totalCell.row(), col);
        BigDecimal old = cell == null ? null : YuanTables.amount(cell.text());
        BigDecimal total = totalValue == null ? null : YuanTables.amount(totalValue.text());
        if (old == null || total == null) {
            return false;
        }
        BigDecimal changed = old.add(BigDecimal.valueOf(3_000 + rnd.nextInt(40_000)));
        inj.report = w.report();
        TableSpec edited = t.withCellText(cell.row(), cell.col(), YuanTables.yuan(changed));
        inj.spec(SpecEdits.mapTable(inj.spec(), t.kind(), x -> edited));
        inj.expect("SUM_MISMATCH", basic != null ? "B2" : "T6", E,
                "元表 " + partLabel + " " + old + "元 改为 " + changed + "元", List.of(changed, total));
        inj.allow("TEXT_TABLE_MISMATCH", null, E);
        inj.allow("CONFLICTING_VALUES", null, W);
        inj.allow("DIFF_MISMATCH", null, E);
        return true;
    }

    private static boolean falsify(Injection inj, Widened w, String name, Random rnd, String code, String note) {
        return falsify(inj, w, name, rnd, code, note, BigDecimal.ONE);
    }

    /** As above; {@code inputScale} turns the hooked inputs into the unit their table prints them in. */
    private static boolean falsify(Injection inj, Widened w, String name, Random rnd, String code, String note,
                                   BigDecimal inputScale) {
        Stated s = w.hooks().get(name);
        BigDecimal wrong = s.value().add(delta(rnd));
        String derived;
        if (s.derived().endsWith("分")) {
            derived = s.derived().replace(SpecEdits.fmt(s.value()), SpecEdits.fmt(wrong));
        } else if (!s.derived().matches(".*\\d.*")) {
            derived = org.selfeval.synth.ChineseNumerals.of(wrong) + "万元";
        } else {
            String unitless = SpecEdits.fmt(s.value());
            String shown = w.thousands() ? Widening.thousands(unitless + "万元") : unitless + "万元";
            if (!s.derived().endsWith(shown)) {
                return false;
            }
            String wrongShown = w.thousands() ? Widening.thousands(SpecEdits.fmt(wrong) + "万元") : SpecEdits.fmt(wrong) + "万元";
            derived = s.derived().substring(0, s.derived().length() - shown.length()) + wrongShown;
        }
        inj.report = w.report();
        inj.spec(replace(inj.spec(), s, s.derived(), derived));
        List<BigDecimal> values = new ArrayList<>(s.inputs().stream().map(v -> v.multiply(inputScale)).toList());
        values.add(wrong);
        inj.expect(code, null, W, note + " " + s.value() + " 改为 " + wrong, values);
        inj.allow("CONFLICTING_VALUES", null, W);
        inj.allow("TEXT_TABLE_MISMATCH", null, E);
        return true;
    }

    /** The hooked sentence with one fragment replaced; the sentence must still be in the spec. */
    private static ReportSpec replace(ReportSpec spec, Stated s, String from, String to) {
        ReportSpec out = SpecEdits.replaceProse(spec, s.text(), s.text().replace(from, to));
        if (out == null) {
            throw new IllegalStateException("hooked sentence not in the report: " + s.text());
        }
        return out;
    }

    /** 0.3–3 万元: far beyond the rounding band. */
    private static BigDecimal delta(Random rnd) {
        return BigDecimal.valueOf(30 + rnd.nextInt(270), 2);
    }
}
