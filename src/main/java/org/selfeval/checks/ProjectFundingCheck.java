package org.selfeval.checks;

import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.forms.FundingLine;
import org.selfeval.forms.ProjectForm;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * T6: in a 项目支出绩效自评表, 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, for each of the
 * 年初预算数, 全年预算数 and 全年执行数 columns. The sources are exhaustive, so blank ones count
 * as 0 once one is filled in that column.
 */
public final class ProjectFundingCheck implements Check {

    private static final List<String> COLUMNS = List.of("年初预算数", "全年预算数", "全年执行数");

    @Override
    public String id() {
        return "T6";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : Forms.of(ctx).projects()) {
            if (f.total() == null || f.parts().isEmpty()) {
                continue;
            }
            for (String column : COLUMNS) {
                FormValue total = f.total().column(column);
                List<FormValue> parts = f.parts().stream().map(p -> p.column(column)).filter(Objects::nonNull).toList();
                if (total == null || parts.isEmpty()) {
                    continue;
                }
                double sum = TableFindings.sum(parts);
                Severity sev = TableFindings.moneySeverity(sum - total.wan(), ctx.tolerances(), Severity.ERROR);
                if (sev == null) {
                    continue;
                }
                StringBuilder terms = new StringBuilder();
                for (FundingLine p : f.parts()) {
                    FormValue v = p.column(column);
                    if (v != null) {
                        terms.append(terms.isEmpty() ? "" : "＋").append(p.label()).append(TableFindings.fmt(v.value()));
                    }
                }
                List<FormValue> vals = new ArrayList<>(parts);
                vals.add(total);
                out.add(TableFindings.finding("SUM_MISMATCH", sev, "T6",
                        "项目“" + f.project() + "”" + column + "：资金来源合计" + TableFindings.printedLike(sum, total)
                                + "（" + terms + "）与年度资金总额" + TableFindings.printed(total) + "不一致",
                        vals, total.wan(), sum));
            }
        }
        return out;
    }
}
