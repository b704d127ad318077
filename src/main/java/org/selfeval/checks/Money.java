package org.selfeval.checks;

import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Money comparison with the rubric §4 tolerances: within {@code money} it agrees, within
 * {@code money_rounding} it is a rounding note (info), beyond it the rule's own severity. The one
 * place table and text checks compare, round and print amounts.
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
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Half-up on the decimal value as written (1.005 → 1.01), not on its binary approximation. */
    public static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
