package org.selfeval.checks;

import org.selfeval.figures.Quantity;
import org.selfeval.forms.IndicatorRow;

import java.util.Optional;

/**
 * How an indicator row is scored (rubric §2.2): its kind, and target/actual as comparable numbers
 * when both are single figures in the same unit. Anything else is qualitative or unknown.
 */
record IndicatorKind(Kind kind, double target, double actual) {

    enum Kind { POSITIVE, REVERSE, EQUAL }

    static Optional<IndicatorKind> of(IndicatorRow row) {
        Optional<Quantity> t = row.targetQuantity();
        Optional<Quantity> a = row.actualQuantity();
        if (t.isEmpty() || a.isEmpty() || !sameUnit(t.get(), a.get())) {
            return Optional.empty();
        }
        String cmp = t.get().comparator();
        Kind kind = cmp == null || cmp.equals("≥") || cmp.equals(">") ? Kind.POSITIVE
                : cmp.equals("≤") || cmp.equals("<") ? Kind.REVERSE : Kind.EQUAL;
        // A negative actual value is treated as 0 (rubric §2.2).
        return Optional.of(new IndicatorKind(kind, t.get().normalised(), Math.max(0, a.get().normalised())));
    }

    private static boolean sameUnit(Quantity t, Quantity a) {
        if (t.isMoney() && a.isMoney()) {
            return true;
        }
        return t.unit().equals(a.unit());
    }

    /** The most a row may score under the rule, or empty when the rule does not apply. */
    Optional<Double> maxScore(double weight, String reverseRule) {
        return switch (kind) {
            case POSITIVE -> target <= 0 ? Optional.empty()
                    : Optional.of(actual >= target ? weight : actual / target * weight);
            case EQUAL -> target == 0 ? Optional.of(actual <= 0 ? weight : 0d)
                    : Optional.of(actual >= target ? weight : actual / target * weight);
            case REVERSE -> {
                if (actual <= target) {
                    yield Optional.of(weight);
                }
                if (target <= 0) {
                    yield Optional.of(0d);
                }
                if ("ratio".equals(reverseRule)) {
                    yield Optional.of(target / actual * weight);
                }
                yield Optional.of(actual >= 2 * target ? 0d : (1 - (actual - target) / target) * weight);
            }
        };
    }
}
