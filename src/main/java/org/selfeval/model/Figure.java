package org.selfeval.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A number found in the report, with what it measures and where it is.
 *
 * @param label      the quantity it measures (e.g. 全年支出, 一般公共预算, 公务接待费)
 * @param period     when/which figure: e.g. "2024年决算数", "全年预算数", "上年"; null if not stated
 * @param value      the number as written, in the document's own unit
 * @param unit       万元, 元, 亿元, %, ‰, 人, 家, 个 …; empty when none
 * @param comparator ≥, ≤, >, <, = or null (indicator targets such as ≥5家)
 * @param approx     true for 约/余/左右 figures, which checks do not treat as exact
 * @param source     "text" or "table"
 * @param rowHeader  for table cells: the row's label; null for text
 * @param colHeader  for table cells: the column's label (across merged headers); null for text
 * @param table      for table cells: the 0-based table ordinal in the document, else null
 * @param row        for table cells: grid row, else null
 * @param col        for table cells: grid column, else null
 * @param ocr        from OCR'd text: low confidence
 * @param canonical  the label mapped to its canonical name (figure-synonyms.yaml), so that 全年支出 in
 *                   prose and 年度资金总额·全年执行数 in a table compare; null when the label is not a
 *                   known domain term (checks should then not match it against other figures)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(String label, String period, double value, String unit, String comparator, boolean approx,
                     String source, int page, String snippet, String rowHeader, String colHeader,
                     Integer table, Integer row, Integer col, boolean ocr, String canonical) {

    /** Without a canonical label (kept for call sites written before it existed). */
    public Figure(String label, String period, double value, String unit, String comparator, boolean approx,
                  String source, int page, String snippet, String rowHeader, String colHeader,
                  Integer table, Integer row, Integer col, boolean ocr) {
        this(label, period, value, unit, comparator, approx, source, page, snippet, rowHeader, colHeader,
                table, row, col, ocr, null);
    }

    /** The value in 万元 for money units, the value itself otherwise. */
    public double inWan() {
        return switch (unit == null ? "" : unit) {
            case "元" -> value / 10_000d;
            case "亿元" -> value * 10_000d;
            default -> value;
        };
    }

    public boolean isMoney() {
        return "万元".equals(unit) || "元".equals(unit) || "亿元".equals(unit);
    }
}
