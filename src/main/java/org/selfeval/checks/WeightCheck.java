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
import java.util.Optional;

/**
 * T7: Σ 三级分值 per 一级 (成本指标 counted in 产出) against the weight written in the 一级 label
 * (a self-contradiction: error) and against the profile's weights (a rule deviation the central
 * text allows "如有特殊情况": warning); the 预算执行率 分值 against the profile's 执行率 weight
 * (warning). T8: Σ 三级分值 + 执行率分值 = 总分分值 (error). Each finding quotes the bucket weight
 * (as written, else the computed sum), the rule's weight and the rows it sums.
 */
public final class WeightCheck implements Check {

    /** The profile's key for the 预算执行率 weight. */
    private static final String EXECUTION = "执行率";
    private static final String POINTS = "分";

    @Override
    public String id() {
        return "T7";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        double tol = ctx.tolerances().scoreSum() + 1e-9;
        Map<String, Double> weights = ctx.profile().scoring().weights();
        for (Forms.ScoreSheet sheet : Forms.of(ctx).sheets()) {
            FormValue execWeight = sheet.funding() == null ? null : sheet.funding().weight();
            Double execRule = weights.get(EXECUTION);
            if (execWeight != null && execRule != null && Math.abs(execWeight.value() - execRule) > tol) {
                out.add(TableFindings.quoted("WEIGHT_MISMATCH", Severity.WARNING, "T7",
                        sheet.name() + "预算执行率分值" + TableFindings.fmt(execWeight.value()) + "分，与规定权重"
                                + TableFindings.fmt(execRule) + "分不一致",
                        List.of(execWeight.cite(), TableFindings.rule("规定权重·预算执行率", execRule, POINTS)),
                        execRule, execWeight.value()));
            }
            List<IndicatorRow> rows = sheet.indicators().rows();
            if (rows.isEmpty() || rows.stream().anyMatch(r -> r.weight() == null || r.bucket().isEmpty())) {
                continue; // an unreadable row would make any sum a guess
            }
            Map<String, List<FormValue>> byBucket = new LinkedHashMap<>();
            rows.forEach(r -> byBucket.computeIfAbsent(r.bucket(), k -> new ArrayList<>()).add(r.weight()));
            for (Map.Entry<String, List<FormValue>> e : byBucket.entrySet()) {
                bucket(sheet, e.getKey(), e.getValue(), weights.get(e.getKey()), tol).ifPresent(out::add);
            }
            FormValue total = sheet.indicators().totalWeight();
            if (total != null && execWeight != null) {
                double rowSum = TableFindings.sum(rows.stream().map(IndicatorRow::weight).toList());
                double sum = rowSum + execWeight.value();
                if (Math.abs(total.value() - sum) > tol) {
                    out.add(TableFindings.quoted("WEIGHT_MISMATCH", Severity.ERROR, "T8",
                            sheet.name() + "总分分值" + TableFindings.fmt(total.value()) + "与三级指标分值合计"
                                    + TableFindings.fmt(rowSum) + "＋预算执行率分值"
                                    + TableFindings.fmt(execWeight.value()) + "＝" + TableFindings.fmt(sum) + "不一致",
                            List.of(total.cite(), execWeight.cite(),
                                    TableFindings.computed("三级指标分值合计", rowSum, POINTS, total.page())),
                            sum, total.value()));
                }
            }
        }
        return out;
    }

    /** One 一级 bucket: its rows against the weight its label declares, else against the rule's. */
    private static Optional<Finding> bucket(Forms.ScoreSheet sheet, String bucket, List<FormValue> rowWeights,
                                                      Double configured, double tol) {
        double sum = TableFindings.sum(rowWeights);
        FormValue declared = sheet.indicators().declaredWeights().get(bucket);
        List<Finding.Value> vals = new ArrayList<>();
        if (declared != null) {
            vals.add(declared.cite());
        }
        vals.add(TableFindings.computed(bucket + "指标分值合计", sum, POINTS, rowWeights.get(0).page()));
        if (configured != null) {
            vals.add(TableFindings.rule("规定权重·" + bucket + "指标", configured, POINTS));
        }
        vals.addAll(TableFindings.cite(rowWeights));
        if (declared != null && Math.abs(declared.value() - sum) > tol) {
            return Optional.of(TableFindings.quoted("WEIGHT_MISMATCH", Severity.ERROR, "T7",
                    sheet.name() + bucket + "指标标注" + TableFindings.fmt(declared.value()) + "分，其三级指标分值合计"
                            + TableFindings.fmt(sum) + "分", vals, declared.value(), sum));
        }
        if (configured != null && Math.abs(configured - sum) > tol) {
            return Optional.of(TableFindings.quoted("WEIGHT_MISMATCH", Severity.WARNING, "T7",
                    sheet.name() + bucket + "指标分值合计" + TableFindings.fmt(sum) + "分，与规定权重"
                            + TableFindings.fmt(configured) + "分不一致", vals, configured, sum));
        }
        return Optional.empty();
    }
}
