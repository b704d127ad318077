package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parts-vs-total comparison of prose figures, shared by X2, X3 and X4. */
final class SumFindings {

    private SumFindings() {
    }

    static Optional<Finding> compare(String rule, TextFigures.TextFigure total, List<TextFigures.TextFigure> parts,
                                     RuleProfile.Tolerances tol) {
        double sum = 0;
        for (TextFigures.TextFigure p : parts) {
            sum += p.wan();
        }
        double actual = Money.round2(sum);
        Optional<Severity> severity = Money.compare(total.wan(), actual, tol, Severity.ERROR);
        if (severity.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder expr = new StringBuilder();
        List<Finding.Value> values = new ArrayList<>();
        for (TextFigures.TextFigure p : parts) {
            expr.append(expr.isEmpty() ? "" : "＋").append(p.label()).append(Money.format(p.figure().value()))
                    .append(p.figure().unit());
            values.add(Finding.Value.of(p.figure()));
        }
        values.add(Finding.Value.of(total.figure()));
        String message = "正文中" + expr + "合计" + Money.format(actual) + "万元，与" + total.label()
                + Money.format(total.figure().value()) + total.figure().unit() + "不一致";
        return Optional.of(new Finding("SUM_MISMATCH", severity.get(), rule, message, values,
                Money.round2(total.wan()), actual));
    }
}
