package org.selfeval.checks;

import org.selfeval.forms.Forms;
import org.selfeval.forms.IndicatorRow;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * T11: an indicator row scored above what §2.2 allows (warning; the unit's score is never
 * replaced). Quantitative rows use the positive / reverse (profile reverse_rule) / equality rules;
 * qualitative rows only when the actual value itself says 未达成 or 部分达成 (profile qual_bands).
 * Scoring below the rule is the unit's own caution, not reported.
 */
public final class RowScoreCheck implements Check {

    @Override
    public String id() {
        return "T11";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        RuleProfile.Scoring s = ctx.profile().scoring();
        for (Forms.ScoreSheet sheet : Forms.of(ctx).sheets()) {
            for (IndicatorRow r : sheet.indicators().rows()) {
                if (r.weight() == null || r.score() == null) {
                    continue;
                }
                double w = r.weight().value();
                Optional<IndicatorKind> kind = IndicatorKind.of(r);
                Optional<Double> max = kind.isPresent() ? kind.get().maxScore(w, s.reverseRule())
                        : qualitativeMax(r, w, s.qualBands());
                if (max.isEmpty() || r.score().value() <= max.get() + ctx.tolerances().scoreFormula() + 1e-9) {
                    continue;
                }
                String how = kind.isPresent()
                        ? "指标值" + r.target() + "、实际完成值" + r.actualText() + "，按评分规则最多得"
                        : "实际完成情况为“" + r.actualText() + "”，按定性评分档次最多得";
                // The message's numbers: score, weight, the allowed maximum, 指标值 and 实际完成值 where numbers.
                List<Finding.Value> vals = new ArrayList<>(TableFindings.cite(List.of(r.score(), r.weight())));
                vals.add(TableFindings.computed(r.name() + "·按评分规则最高得分", max.get(), "分", r.page()));
                vals.addAll(TableFindings.cite(java.util.Arrays.asList(r.targetCell(), r.actualCell())));
                out.add(TableFindings.quoted("SCORE_MISMATCH", Severity.WARNING, "T11",
                        "指标“" + r.name() + "”" + how + TableFindings.fmt(max.get()) + "分，自评得分"
                                + TableFindings.fmt(r.score().value()) + "分",
                        vals, max.get(), r.score().value()));
            }
        }
        return out;
    }

    /** qual_bands = [达成 floor, 部分达成 floor]: 部分达成 tops at the first, 未达成 at the second. */
    private static Optional<Double> qualitativeMax(IndicatorRow r, double w, List<Double> bands) {
        String a = r.actualText();
        if (bands.size() < 2 || a.isBlank()) {
            return Optional.empty();
        }
        if (a.contains("未达成") || a.contains("未完成") || a.contains("未达到")) {
            return Optional.of(bands.get(1) * w);
        }
        if (a.contains("部分达成") || a.contains("部分完成")) {
            return Optional.of(bands.get(0) * w);
        }
        return Optional.empty();
    }
}
