package org.selfeval.render;

/**
 * Where one number quoted by a finding is printed.
 *
 * @param finding index in the result's findings
 * @param value   index in that finding's values
 * @param page    1-based page
 * @param x0      left edge, fraction 0..1 of the page width (origin top-left, as the page image shows it)
 * @param y0      top edge, fraction of the page height
 * @param x1      right edge
 * @param y1      bottom edge
 * @param text    the number as printed there (e.g. "860.90")
 */
public record Highlight(int finding, int value, int page, double x0, double y0, double x1, double y1, String text) {
}
