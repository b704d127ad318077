package org.selfeval.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/** Money and rate helpers: all amounts are 万元 with two decimals, printed the way reports do. */
final class Amounts {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** A random amount in [lo, hi) 万元, in whole cents of 万元. */
    static BigDecimal between(Random rnd, double lo, double hi) {
        long cents = Math.round(lo * 100) + (long) (rnd.nextDouble() * Math.round((hi - lo) * 100));
        return BigDecimal.valueOf(Math.max(cents, 1), 2);
    }

    /** part / whole as a percentage rounded to 2 decimals. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** "860.9", "0", "12.05": trailing zeros dropped, never scientific notation. */
    static String fmt(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    static String pct(BigDecimal value) {
        return fmt(value) + "%";
    }
}
