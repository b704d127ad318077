package org.selfeval.checks;

import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.forms.SelfEvalForm;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * T5: 一般公共预算 + 政府性基金拨款 + 纳入专户管理的非税收入拨款 + 其他资金 = 全年执行数. The four
 * sources are exhaustive, so blank sources count as 0 once at least one is filled. A split that
 * adds up to the 全年预算数 instead was filled with budget figures: not a contradiction.
 */
public final class IncomeSplitCheck implements Check {

    @Override
    public String id() {
        return "T5";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (SelfEvalForm f : Forms.of(ctx).selfEval()) {
            List<FormValue> parts = f.income().stream().map(SelfEvalForm.SplitItem::value)
                    .filter(java.util.Objects::nonNull).toList();
            if (f.total() == null || f.total().executed() == null || parts.isEmpty()) {
                continue;
            }
            double sum = TableFindings.sum(parts);
            FormValue total = f.total().executed();
            Severity sev = TableFindings.moneySeverity(sum - total.wan(), ctx.tolerances(), Severity.ERROR);
            if (sev == null || matchesBudget(sum, f, ctx)) {
                continue;
            }
            StringBuilder terms = new StringBuilder();
            for (FormValue p : parts) {
                terms.append(terms.isEmpty() ? "" : "＋").append(p.label()).append(TableFindings.fmt(p.value()));
            }
            List<FormValue> vals = new ArrayList<>(parts);
            vals.add(total);
            out.add(TableFindings.finding("SUM_MISMATCH", sev, "T5",
                    "按收入性质分合计" + TableFindings.fmt(sum) + "万元（" + terms + "）与年度资金总额全年执行数"
                            + TableFindings.fmt(total.value()) + "万元不一致",
                    vals, total.wan(), sum));
        }
        return out;
    }

    private static boolean matchesBudget(double sum, SelfEvalForm f, CheckContext ctx) {
        FormValue full = f.total().full();
        return full != null && Math.abs(full.wan() - sum) <= ctx.tolerances().money() + 1e-9;
    }
}
