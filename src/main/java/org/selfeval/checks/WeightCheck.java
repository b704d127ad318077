package org.selfeval.checks;

import org.selfeval.forms.FormValue;
import org.selfeval.forms.Forms;
import org.selfeval.forms.IndicatorRow;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * T7: Σ 三级分值 per 一级 (成本指标 counted in 产出) against the weight written in the 一级 label
 * (a self-contradiction: error) and against the profile's weights (a rule deviation the central
 * text allows "如有特殊情况": warning). T8: Σ 三级分值 + 执行率分值 = 总分分值 (error).
 */
public final class WeightCheck implements Check {

    @Override
    public String id() {
        return "T7";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        double tol = ctx.tolerances().scoreSum() + 1e-9;
        for (Forms.ScoreSheet sheet : Forms.of(ctx).sheets()) {
            List<IndicatorRow> rows = sheet.indicators().rows();
            if (rows.isEmpty() || rows.stream().anyMatch(r -> r.weight() == null || r.bucket().isEmpty())) {
                continue; // an unreadable row would make any sum a guess
            }
            Map<String, List<FormValue>> byBucket = new LinkedHashMap<>();
            rows.forEach(r -> byBucket.computeIfAbsent(r.bucket(), k -> new ArrayList<>()).add(r.weight()));
            for (Map.Entry<String, List<FormValue>> e : byBucket.entrySet()) {
                double sum = TableFindings.sum(e.getValue());
                FormValue declared = sheet.indicators().declaredWeights().get(e.getKey());
                Double configured = ctx.profile().scoring().weights().get(e.getKey());
                if (declared != null && Math.abs(declared.value() - sum) > tol) {
                    List<FormValue> vals = new ArrayList<>(e.getValue());
                    vals.add(0, declared);
                    out.add(TableFindings.finding("WEIGHT_MISMATCH", Severity.ERROR, "T7",
                            sheet.name() + e.getKey() + "指标标注" + TableFindings.fmt(declared.value()) + "分，其三级指标分值合计"
                                    + TableFindings.fmt(sum) + "分",
                            vals, declared.value(), sum));
                } else if (configured != null && Math.abs(configured - sum) > tol) {
                    out.add(TableFindings.finding("WEIGHT_MISMATCH", Severity.WARNING, "T7",
                            sheet.name() + e.getKey() + "指标分值合计" + TableFindings.fmt(sum) + "分，与规定权重"
                                    + TableFindings.fmt(configured) + "分不一致",
                            e.getValue(), configured, sum));
                }
            }
            FormValue total = sheet.indicators().totalWeight();
            FormValue execWeight = sheet.funding() == null ? null : sheet.funding().weight();
            if (total != null && execWeight != null) {
                double sum = TableFindings.sum(rows.stream().map(IndicatorRow::weight).toList()) + execWeight.value();
                if (Math.abs(total.value() - sum) > tol) {
                    out.add(TableFindings.finding("WEIGHT_MISMATCH", Severity.ERROR, "T8",
                            sheet.name() + "总分分值" + TableFindings.fmt(total.value()) + "与三级指标分值合计"
                                    + TableFindings.fmt(sum - execWeight.value()) + "＋预算执行率分值"
                                    + TableFindings.fmt(execWeight.value()) + "＝" + TableFindings.fmt(sum) + "不一致",
                            List.of(total, execWeight), sum, total.value()));
                }
            }
        }
        return out;
    }
}
