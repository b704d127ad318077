package org.selfeval.eval.checks;

import org.selfeval.eval.checks.VariantFactory.Injection;
import org.selfeval.model.Severity;
import org.selfeval.synth.BudgetStatements;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.TableSpec;
import org.selfeval.synth.TableSpec.CellSpec;
import org.selfeval.synth.TableSpec.Kind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Injections for T13, T14 and B7; like {@link Injections}, each returns false when nothing applies. */
final class RuleInjections {

    private static final Pattern ADJUSTMENT = Pattern.compile("，(?:" + BudgetStatements.TOP_UP + "|"
            + BudgetStatements.CUT + ")\\d+(?:\\.\\d+)?万元");
    private static final Pattern GRADE = Pattern.compile(Pattern.quote(BudgetStatements.GRADE_LEAD) + "(优|良|中|差)”");
    /**
     * Generated problem and measure paragraphs that mention 追加/调项, rewritten without them so that
     * nothing in the prose explains the adjustment any more.
     */
    private static final List<String[]> EXPLAINING = List.of(
            new String[]{"编制不细、年中追加调整预算等现象", "编制不细、与实际需求衔接不够等现象"},
            new String[]{"尽量减少调项和追加，", ""});

    private RuleInjections() {
    }

    /** T13: the sentence that explains the 年初 → 全年 change loses its 追加/调减 clause. */
    static boolean budgetAdjustmentUnexplained(Injection inj, Random rnd) {
        String p = SpecEdits.paragraphWith(inj.spec(), BudgetStatements.TOP_UP);
        if (p == null) {
            p = SpecEdits.paragraphWith(inj.spec(), BudgetStatements.CUT);
        }
        Matcher m = p == null ? null : ADJUSTMENT.matcher(p);
        if (m == null || !m.find() || inj.table() == null) {
            return false;
        }
        ReportSpec spec = SpecEdits.replaceProse(inj.spec(), m.group(), "");
        for (String[] e : EXPLAINING) {
            ReportSpec changed;
            while ((changed = SpecEdits.replaceProse(spec, e[0], e[1])) != null) {
                spec = changed;
            }
        }
        inj.spec(spec);
        inj.expect("DEVIATION_UNEXPLAINED", "T13", Severity.WARNING, "正文删去预算调整说明“" + m.group().substring(1) + "”");
        return true;
    }

    /** Whether the prose still has the generator's sentence explaining the 年初 → 全年 change. */
    static boolean explainsAdjustment(ReportSpec spec) {
        return SpecEdits.paragraphWith(spec, BudgetStatements.TOP_UP) != null
                || SpecEdits.paragraphWith(spec, BudgetStatements.CUT) != null;
    }

    /** T14: the stated grade moved one band away from the 总分's. */
    static boolean gradeOffBand(Injection inj, Random rnd) {
        String p = SpecEdits.paragraphWith(inj.spec(), BudgetStatements.GRADE_LEAD);
        Matcher m = p == null ? null : GRADE.matcher(p);
        if (m == null || !m.find() || inj.table() == null) {
            return false;
        }
        String wrong = BudgetStatements.otherGrade(m.group(1));
        inj.spec(SpecEdits.replaceProse(inj.spec(), m.group(), BudgetStatements.GRADE_LEAD + wrong + "”"));
        inj.expect("GRADE_MISMATCH", "T14", Severity.INFO, "正文自评等级 " + m.group(1) + " 改为 " + wrong);
        return true;
    }

    /** B7: an amount written where the 基础数据表 template has "——" (政府采购金额 or 预算调整, (Y-1) column). */
    static boolean templateDashFilled(Injection inj, Random rnd) {
        TableSpec t = inj.spec().table(Kind.BASIC_DATA);
        boolean procurement = rnd.nextBoolean();
        CellSpec label = t == null ? null
                : SpecEdits.find(t, s -> procurement ? s.startsWith("政府采购") : s.endsWith("预算调整"));
        CellSpec dash = label == null ? null : t.cells().stream()
                .filter(c -> c.row() == label.row() && c.col() > label.col() && c.text().trim().equals("——"))
                .findFirst().orElse(null);
        if (dash == null) {
            return false;
        }
        BigDecimal amount = BigDecimal.valueOf(50 + rnd.nextInt(5000), 2);
        inj.table(t.withCellText(dash.row(), dash.col(), SpecEdits.fmt(amount)));
        inj.expect("TEMPLATE_CELL_FILLED", "B7", Severity.INFO, "基础数据表 " + label.text().trim() + " 上年决算栏“——”改为 " + amount);
        return true;
    }
}
