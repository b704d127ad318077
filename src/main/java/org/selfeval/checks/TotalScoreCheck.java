package org.selfeval.checks;

import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.forms.IndicatorRow;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;

/** T10: 总分得分 = Σ 三级得分 + 预算执行率得分; only when every score is readable. */
public final class TotalScoreCheck implements Check {

    @Override
    public String id() {
        return "T10";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Forms.ScoreSheet sheet : Forms.of(ctx).sheets()) {
            FormValue total = sheet.indicators().totalScore();
            FormValue exec = sheet.funding() == null ? null : sheet.funding().score();
            List<IndicatorRow> rows = sheet.indicators().rows();
            if (total == null || exec == null || rows.isEmpty() || rows.stream().anyMatch(r -> r.score() == null)) {
                continue;
            }
            double indicators = TableFindings.sum(rows.stream().map(IndicatorRow::score).toList());
            double sum = indicators + exec.value();
            if (Math.abs(sum - total.value()) > ctx.tolerances().scoreSum() + 1e-9) {
                out.add(TableFindings.quoted("SCORE_MISMATCH", Severity.ERROR, "T10",
                        sheet.name() + "总分得分" + TableFindings.fmt(total.value()) + "与三级指标得分合计"
                                + TableFindings.fmt(indicators) + "＋预算执行率得分" + TableFindings.fmt(exec.value()) + "＝"
                                + TableFindings.fmt(sum) + "不一致",
                        List.of(total.cite(), exec.cite(),
                                TableFindings.computed("三级指标得分合计", indicators, "分", total.page())),
                        sum, total.value()));
            }
        }
        return out;
    }
}
