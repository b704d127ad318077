package org.selfeval.checks;

import org.selfeval.forms.BaseDataForm;
import org.selfeval.forms.BaseDataForm.MoneyRow;
import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * B5: 公用经费 ≥ its "其中" items (办公经费, 水电差旅, 会议培训). "其中" lists a subset, so
 * items adding to less than the total are fine; only items exceeding it contradict it.
 */
public final class PublicFundsSubsetCheck implements Check {

    @Override
    public String id() {
        return "B5";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (BaseDataForm b : Forms.of(ctx).baseData()) {
            Optional<MoneyRow> total = b.row(BaseDataForm.PUBLIC);
            List<MoneyRow> parts = b.children(BaseDataForm.PUBLIC);
            if (total.isEmpty() || parts.isEmpty()) {
                continue;
            }
            for (int c = 0; c < 3; c++) {
                final int col = c;
                FormValue t = total.get().value(c);
                List<FormValue> values = parts.stream().map(p -> p.value(col)).filter(Objects::nonNull).toList();
                if (t == null || values.isEmpty()) {
                    continue;
                }
                double sum = TableFindings.sum(values);
                if (sum <= t.wan()) {
                    continue;
                }
                Severity sev = TableFindings.moneySeverity(sum - t.wan(), ctx.tolerances(), Severity.ERROR);
                if (sev == null) {
                    continue;
                }
                List<FormValue> vals = new ArrayList<>(values);
                vals.add(t);
                out.add(TableFindings.finding("SUM_MISMATCH", sev, "B5",
                        "基础数据表" + b.columns().get(c) + "：公用经费" + TableFindings.fmt(t.value()) + "万元小于其中明细合计"
                                + TableFindings.fmt(sum) + "万元",
                        vals, t.wan(), sum));
            }
        }
        return out;
    }
}
