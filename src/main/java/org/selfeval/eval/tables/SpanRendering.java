package org.selfeval.eval.tables;

/** How the text of a merged cell is written into the grid slots it covers, per tool option. */
public enum SpanRendering {
    /** Text in the top-left slot only, others empty: tabula, camelot's default shift_text l,t. */
    TOP_LEFT,
    /**
     * tabula's lattice writer: each row lists the cells that start in it, left to right, with no
     * slot for cells spanning into it; the row starts at the column given by the most cells in
     * any one row below and left of its first cell.
     */
    PACKED,
    /** Text copied down into every row the cell spans, in its first column: camelot copy_text v. */
    COPY_VERTICAL,
    /** Text in every covered slot, as {@code Table.grid()}. */
    COPY_ALL;

    public static SpanRendering parse(String text) {
        return switch (text.trim()) {
            case "", "top-left" -> TOP_LEFT;
            case "packed" -> PACKED;
            case "copy-vertical" -> COPY_VERTICAL;
            case "copy-all" -> COPY_ALL;
            default -> throw new IllegalArgumentException("unknown span rendering: " + text);
        };
    }
}
