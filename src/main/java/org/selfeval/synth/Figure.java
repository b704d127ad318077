package org.selfeval.synth;

import java.math.BigDecimal;

/**
 * One number injected into the report, so checks can be scored against it.
 *
 * @param key   stable name, e.g. {@code total.actual}, {@code basic.personnel}, {@code score.total}
 * @param unit  万元, %, 分, 人 …
 * @param where where it is printed: {@code prose}, {@code table:BASIC_DATA} …
 */
public record Figure(String key, BigDecimal value, String unit, String where) {
}
