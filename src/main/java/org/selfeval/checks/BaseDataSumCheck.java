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
 * B2: 三公经费 = 公务用车购置和维护经费 + 出国经费 + 公务接待; B3: 公务用车购置和维护经费 = 公车购置
 * + 公车运行维护; B4: 项目支出 = Σ its item rows. Each of the three columns; a blank part counts
 * as 0 (rubric §4.2) once at least one part of that column is filled — a breakdown left wholly
 * blank was not filled in, which is not a contradiction. Template dashes skip the column.
 */
public final class BaseDataSumCheck implements Check {

    @Override
    public String id() {
        return "B2";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (BaseDataForm b : Forms.of(ctx).baseData()) {
            sum(ctx, b, "B2", b.row(BaseDataForm.THREE_PUBLIC), List.of(b.row(BaseDataForm.CAR),
                    b.row(BaseDataForm.ABROAD), b.row(BaseDataForm.RECEPTION)), out);
            sum(ctx, b, "B3", b.row(BaseDataForm.CAR), List.of(b.row(BaseDataForm.CAR_PURCHASE),
                    b.row(BaseDataForm.CAR_RUNNING)), out);
            sum(ctx, b, "B4", b.row(BaseDataForm.PROJECT),
                    b.children(BaseDataForm.PROJECT).stream().map(Optional::of).toList(), out);
        }
        return out;
    }

    private static void sum(CheckContext ctx, BaseDataForm b, String rule, Optional<MoneyRow> totalRow,
                            List<Optional<MoneyRow>> partRows, List<Finding> out) {
        if (totalRow.isEmpty() || partRows.isEmpty()) {
            return;
        }
        List<MoneyRow> parts = partRows.stream().flatMap(Optional::stream).toList();
        for (int col = 0; col < 3; col++) {
            final int c = col;
            FormValue total = totalRow.get().value(c);
            if (total == null || totalRow.get().dashed().get(c) || parts.stream().anyMatch(p -> p.dashed().get(c))) {
                continue;
            }
            List<FormValue> values = parts.stream().map(p -> p.value(c)).filter(Objects::nonNull).toList();
            if (values.isEmpty()) {
                continue;
            }
            double sum = TableFindings.sum(values);
            Severity sev = TableFindings.moneySeverity(sum - total.wan(), ctx.tolerances(), Severity.ERROR);
            if (sev == null) {
                continue;
            }
            StringBuilder terms = new StringBuilder();
            values.forEach(v -> terms.append(terms.isEmpty() ? "" : "＋").append(v.label().replaceAll("·.*$", ""))
                    .append(TableFindings.fmt(v.value())));
            List<FormValue> vals = new ArrayList<>(values);
            vals.add(total);
            out.add(TableFindings.finding("SUM_MISMATCH", sev, rule,
                    "基础数据表" + b.columns().get(c) + "：" + totalRow.get().label() + TableFindings.fmt(total.value())
                            + "万元与其明细合计" + TableFindings.fmt(sum) + "万元（" + terms + "）不一致",
                    vals, total.wan(), sum));
        }
    }
}
