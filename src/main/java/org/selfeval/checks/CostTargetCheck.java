package org.selfeval.checks;

import org.selfeval.figures.Quantity;
import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.forms.FundingLine;
import org.selfeval.forms.IndicatorRow;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * T15: a 成本指标 whose target is the whole budget should use the 全年预算数. Only rows tied to the
 * whole budget are compared — the target equals the 年初预算数, or the actual equals the 全年执行数 —
 * since a cost indicator for one item (培训成本 ≤5万元) has nothing to do with the total.
 */
public final class CostTargetCheck implements Check {

    @Override
    public String id() {
        return "T15";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        double tol = ctx.tolerances().moneyRounding() + 1e-9;
        for (Forms.ScoreSheet sheet : Forms.of(ctx).sheets()) {
            FundingLine f = sheet.funding();
            if (f == null || f.full() == null) {
                continue;
            }
            for (IndicatorRow r : sheet.indicators().rows()) {
                Optional<Quantity> target = r.targetQuantity();
                if (!r.isCost() || target.isEmpty() || !target.get().isMoney()) {
                    continue;
                }
                double t = target.get().normalised();
                boolean initial = f.initial() != null && Math.abs(f.initial().wan() - t) <= tol;
                boolean wholeActual = f.executed() != null && r.actualQuantity().filter(Quantity::isMoney)
                        .map(a -> Math.abs(a.normalised() - f.executed().wan()) <= tol).orElse(false);
                if (!(initial || wholeActual) || Math.abs(t - f.full().wan()) <= tol) {
                    continue;
                }
                // Every number of the message: the row's 指标值 and 实际完成值 beside the budget columns.
                List<FormValue> vals = new ArrayList<>();
                vals.add(r.targetCell());
                vals.add(r.actualCell());
                vals.add(f.full());
                if (initial) {
                    vals.add(f.initial());
                }
                if (wholeActual) {
                    vals.add(f.executed());
                }
                out.add(TableFindings.finding("SUM_MISMATCH", Severity.WARNING, "T15",
                        "成本指标“" + r.name() + "”指标值" + r.target() + "与全年预算数" + TableFindings.printed(f.full())
                                + "不一致" + (initial ? "（采用了年初预算数" + TableFindings.printed(f.initial()) + "）" : ""),
                        vals, f.full().wan(), t));
            }
        }
        return out;
    }
}
