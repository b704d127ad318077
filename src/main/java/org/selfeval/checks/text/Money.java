package org.selfeval.checks.text;

import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;

import java.util.Optional;

/**
 * Money comparison with the rubric §4 tolerances: within {@code money} it agrees, within
 * {@code money_rounding} it is a rounding note (info), beyond it the rule's own severity.
 */
public final class Money {

    private Money() {
    }

    /** The severity of a disagreement between two amounts in 万元, or empty when they agree. */
    public static Optional<Severity> compare(double expected, double actual, RuleProfile.Tolerances tol,
                                             Severity beyondRounding) {
        double delta = Math.abs(expected - actual);
        // A small epsilon so that 0.01 written differences are not lost to binary fractions.
        if (delta <= tol.money() + 1e-9) {
            return Optional.empty();
        }
        if (delta <= tol.moneyRounding() + 1e-9) {
            return Optional.of(Severity.INFO);
        }
        return Optional.of(beyondRounding);
    }

    /** A number as reports write it: up to two decimals, no trailing zeros. */
    public static String format(double v) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(Math.round(v * 100) / 100d).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    public static double round2(double v) {
        return Math.round(v * 100) / 100d;
    }
}
