package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.selfeval.figures.Quantity;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parts-vs-total comparison of prose amounts, shared by X2, X3 and X4. */
final class SumFindings {

    /** A prose amount as a finding cites it: its own value and unit, and its value in 万元. */
    record Amount(String label, double value, String unit, double wan, Finding.Value cite) {
        static Amount of(TextFigures.TextFigure t) {
            return new Amount(t.label(), t.figure().value(), t.figure().unit(), t.wan(), Finding.Value.of(t.figure()));
        }

        static Amount of(String label, Quantity q, int page, String snippet) {
            return new Amount(label, q.value(), q.unit(), q.normalised(),
                    new Finding.Value(label, q.value(), q.unit(), "text", page, snippet));
        }
    }

    private SumFindings() {
    }

    static Optional<Finding> compare(String rule, TextFigures.TextFigure total, List<TextFigures.TextFigure> parts,
                                     RuleProfile.Tolerances tol) {
        return compare(rule, Amount.of(total), parts.stream().map(Amount::of).toList(), tol, false);
    }

    /** @param overOnly only a sum above the total disagrees (the list may be partial) */
    static Optional<Finding> compare(String rule, Amount total, List<Amount> parts, RuleProfile.Tolerances tol,
                                     boolean overOnly) {
        double sum = 0;
        for (Amount p : parts) {
            sum += p.wan();
        }
        double actual = Money.round2(sum);
        Optional<Severity> severity = Money.compare(total.wan(), actual, tol, Severity.ERROR);
        if (severity.isEmpty() || (overOnly && actual <= total.wan())) {
            return Optional.empty();
        }
        StringBuilder expr = new StringBuilder();
        List<Finding.Value> values = new ArrayList<>();
        for (Amount p : parts) {
            expr.append(expr.isEmpty() ? "" : "＋").append(p.label()).append(Money.format(p.value())).append(p.unit());
            values.add(p.cite());
        }
        values.add(total.cite());
        String message = "正文中" + expr + "合计" + Money.format(actual) + "万元，"
                + (overOnly ? "超过" : "与") + total.label() + Money.format(total.value()) + total.unit()
                + (overOnly ? "" : "不一致");
        return Optional.of(new Finding("SUM_MISMATCH", severity.get(), rule, message, values,
                Money.round2(total.wan()), actual));
    }
}
