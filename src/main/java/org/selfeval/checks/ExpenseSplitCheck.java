package org.selfeval.checks;

import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.forms.SelfEvalForm;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;

/** T4: 基本支出 + 项目支出 (按支出性质分) = 全年执行数; only when both parts are filled. */
public final class ExpenseSplitCheck implements Check {

    @Override
    public String id() {
        return "T4";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (SelfEvalForm f : Forms.of(ctx).selfEval()) {
            List<FormValue> parts = f.expense().stream().map(SelfEvalForm.SplitItem::value)
                    .filter(java.util.Objects::nonNull).toList();
            if (f.total() == null || f.total().executed() == null || parts.size() != SelfEvalForm.EXPENSE_PARTS.size()) {
                continue;
            }
            double sum = TableFindings.sum(parts);
            FormValue total = f.total().executed();
            Severity sev = TableFindings.moneySeverity(sum - total.wan(), ctx.tolerances(), Severity.ERROR);
            if (sev == null) {
                continue;
            }
            List<FormValue> vals = new ArrayList<>(parts);
            vals.add(total);
            out.add(TableFindings.finding("SUM_MISMATCH", sev, "T4",
                    "按支出性质分合计" + TableFindings.fmt(sum) + "万元（基本支出" + TableFindings.fmt(parts.get(0).value())
                            + "＋项目支出" + TableFindings.fmt(parts.get(1).value()) + "）与年度资金总额全年执行数"
                            + TableFindings.fmt(total.value()) + "万元不一致",
                    vals, total.wan(), sum));
        }
        return out;
    }
}
