package org.selfeval.index;

/**
 * A figure as indexed, queryable by range.
 *
 * @param label  the canonical label when known, else the label as written
 * @param value  normalised: money in 万元, percentages in %
 * @param unit   the unit of {@code value} after normalisation
 * @param source "text" or "table"
 */
public record FigureEntry(String label, String period, double value, String unit, String source) {
}
