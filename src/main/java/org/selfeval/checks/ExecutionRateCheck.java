package org.selfeval.checks;

import org.selfeval.forms.FundingLine;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

/** T1: 执行率 = 全年执行数 / 全年预算数, compared at the precision the rate is written with. */
public final class ExecutionRateCheck implements Check {

    @Override
    public String id() {
        return "T1";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        return FundingTotals.findings(ctx, ExecutionRateCheck::check);
    }

    private static void check(FundingLine line, CheckContext ctx, List<Finding> out) {
        if (line.full() == null || line.executed() == null || line.rate() == null
                || !line.rate().isPercent() || line.full().wan() <= 0) {
            return; // 0/0 shown as 0.00% is fine: nothing to compare
        }
        double computed = line.executed().wan() / line.full().wan() * 100;
        double rounded = TableFindings.roundLike(computed, line.rate());
        if (Math.abs(rounded - line.rate().value()) <= ctx.tolerances().pctPp() + 1e-9) {
            return;
        }
        out.add(TableFindings.finding("RATIO_MISMATCH", Severity.ERROR, "T1",
                "执行率" + TableFindings.fmt(line.rate().value()) + "%与全年执行数" + TableFindings.printed(line.executed())
                        + "÷全年预算数" + TableFindings.printed(line.full()) + "＝"
                        + TableFindings.fmt(computed) + "%不一致",
                List.of(line.rate(), line.executed(), line.full()), computed, line.rate().value()));
    }
}
