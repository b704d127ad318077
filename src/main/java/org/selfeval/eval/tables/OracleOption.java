package org.selfeval.eval.tables;

/** A convention of an oracle tool's output that is not table content, undone before comparison. */
public enum OracleOption {
    /**
     * Columns empty in every row of the oracle are dropped: tabula's lattice mode writes a
     * zero-width placeholder cell (left 0, width 0 in its JSON) before tables it places at
     * column 1, which the CSV shows as a leading empty column.
     */
    BLANK_COLUMNS;

    public static OracleOption parse(String text) {
        return switch (text.trim()) {
            case "blank-columns" -> BLANK_COLUMNS;
            default -> throw new IllegalArgumentException("unknown oracle option: " + text);
        };
    }
}
