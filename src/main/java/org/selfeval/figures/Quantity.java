package org.selfeval.figures;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A number as written in a report, normalised: its value in the unit written, the unit, an
 * optional comparator (indicator targets: ≥5家) and whether it is approximate (30余家, 约5万元).
 *
 * @param high   upper end of a range (5-10家), else null
 * @param start  offset of the match in the normalised text it was found in
 * @param end    end offset (exclusive)
 * @param text   the matched text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(double value, Double high, String unit, String comparator, boolean approx,
                       int start, int end, String text) {

    public boolean isPercent() {
        return "%".equals(unit) || "‰".equals(unit) || "个百分点".equals(unit);
    }

    public boolean isMoney() {
        return "万元".equals(unit) || "元".equals(unit) || "亿元".equals(unit) || "千元".equals(unit);
    }

    /** Money in 万元 (the unit of these reports); percentages as percent; others unchanged. */
    public double normalised() {
        return switch (unit) {
            case "元" -> value / 10_000d;
            case "千元" -> value / 10d;
            case "亿元" -> value * 10_000d;
            case "‰" -> value / 10d;
            default -> value;
        };
    }
}
