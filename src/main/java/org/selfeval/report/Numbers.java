package org.selfeval.report;

import java.math.BigDecimal;

/** Numbers for people: 860.9 not 860.9000000001, no scientific notation. */
public final class Numbers {
    private Numbers() {
    }

    public static String plain(Double v) {
        if (v == null) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
