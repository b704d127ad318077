package org.selfeval.checks;

import org.selfeval.forms.Forms;
import org.selfeval.forms.IndicatorRow;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * T12 (rubric §2.4): D1 error — 得分 < 分值 with no reason; D2 warning — positive indicator
 * over-achieved by the profile's overachieve_ratio with no reason; D3 warning — reverse indicator
 * exceeded with no reason. "无偏差", "无", "/" count as no reason.
 */
public final class DeviationCheck implements Check {

    @Override
    public String id() {
        return "T12";
    }

    private static List<org.selfeval.forms.FormValue> cells(IndicatorRow r) {
        return java.util.stream.Stream.of(r.targetCell(), r.actualCell()).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        double ratio = ctx.profile().scoring().overachieveRatio();
        for (Forms.ScoreSheet sheet : Forms.of(ctx).sheets()) {
            for (IndicatorRow r : sheet.indicators().rows()) {
                if (!r.reasonMissing()) {
                    continue;
                }
                if (r.weight() != null && r.score() != null
                        && r.score().value() < r.weight().value() - ctx.tolerances().scoreSum()) {
                    out.add(TableFindings.finding("DEVIATION_UNEXPLAINED", Severity.ERROR, "T12",
                            "指标“" + r.name() + "”得分" + TableFindings.fmt(r.score().value()) + "低于分值"
                                    + TableFindings.fmt(r.weight().value()) + "，未说明偏差原因",
                            List.of(r.score(), r.weight()), r.weight().value(), r.score().value()));
                    continue;
                }
                Optional<IndicatorKind> kind = IndicatorKind.of(r);
                if (kind.isEmpty()) {
                    continue;
                }
                IndicatorKind k = kind.get();
                if (k.kind() == IndicatorKind.Kind.POSITIVE && k.target() > 0 && k.actual() / k.target() >= ratio - 1e-9) {
                    out.add(TableFindings.finding("DEVIATION_UNEXPLAINED", Severity.WARNING, "T12",
                            "指标“" + r.name() + "”实际完成值" + r.actualText() + "为指标值" + r.target() + "的"
                                    + TableFindings.fmt(k.actual() / k.target() * 100) + "%，超额较多但未说明原因（指标值是否偏低）",
                            cells(r), k.target(), k.actual()));
                } else if (k.kind() == IndicatorKind.Kind.REVERSE && k.actual() > k.target()) {
                    out.add(TableFindings.finding("DEVIATION_UNEXPLAINED", Severity.WARNING, "T12",
                            "指标“" + r.name() + "”实际完成值" + r.actualText() + "超出指标值" + r.target() + "，未说明原因",
                            cells(r), k.target(), k.actual()));
                }
            }
        }
        return out;
    }
}
