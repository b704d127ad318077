package org.selfeval.checks.text;

import org.selfeval.checks.Check;
import org.selfeval.checks.CheckContext;
import org.selfeval.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * X2 (全年支出 = 基本支出 + 项目支出) and X3 (基本支出 = 人员经费 + 公用经费) in the prose. These
 * splits are exhaustive by definition, so the figures may sit in different sentences; each label
 * must have one value for the reporting year, otherwise the check stays silent (X6 reports that).
 */
public final class StandardSplitCheck implements Check {

    private record Split(String rule, String total, List<String> parts) {
    }

    private static final List<Split> SPLITS = List.of(
            new Split("X2", Labels.TOTAL, List.of(Labels.BASIC, Labels.PROJECT)),
            new Split("X3", Labels.BASIC, List.of(Labels.PERSONNEL, Labels.PUBLIC_USE)));

    @Override
    public String id() {
        return "X2/X3";
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        Map<String, List<TextFigures.TextFigure>> byLabel = TextFigures.of(ctx).actualMoneyByLabel();
        double tol = ctx.tolerances().money();
        List<Finding> out = new ArrayList<>();
        for (Split split : SPLITS) {
            TextFigures.TextFigure total = TextFigures.unique(byLabel.get(split.total()), tol);
            List<TextFigures.TextFigure> parts = new ArrayList<>();
            for (String label : split.parts()) {
                TextFigures.TextFigure part = TextFigures.unique(byLabel.get(label), tol);
                if (part != null) {
                    parts.add(part);
                }
            }
            if (total != null && parts.size() == split.parts().size()) {
                SumFindings.compare(split.rule(), total, parts, ctx.tolerances()).ifPresent(out::add);
            }
        }
        return out;
    }
}
