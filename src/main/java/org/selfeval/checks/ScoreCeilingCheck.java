package org.selfeval.checks;

import org.selfeval.forms.Forms;
import org.selfeval.forms.IndicatorRow;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;

/** T9: 0 ≤ 得分 ≤ 分值 on every indicator row. */
public final class ScoreCeilingCheck implements Check {

    @Override
    public String id() {
        return "T9";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        double tol = ctx.tolerances().scoreSum() + 1e-9;
        for (Forms.ScoreSheet sheet : Forms.of(ctx).sheets()) {
            for (IndicatorRow r : sheet.indicators().rows()) {
                if (r.weight() == null || r.score() == null) {
                    continue;
                }
                double w = r.weight().value();
                double s = r.score().value();
                if (s > w + tol || s < -tol) {
                    out.add(TableFindings.finding("SCORE_MISMATCH", Severity.ERROR, "T9",
                            "指标“" + r.name() + "”得分" + TableFindings.fmt(s) + (s < 0 ? "为负数" : "超过分值" + TableFindings.fmt(w)),
                            List.of(r.score(), r.weight()), s < 0 ? 0d : w, s));
                }
            }
        }
        return out;
    }
}
