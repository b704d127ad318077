package org.selfeval.forms;

import org.selfeval.model.Table;

/**
 * A table of the document with its ordinal and title.
 *
 * @param ordinal 0-based position among the document's tables (the "table" of a citation)
 * @param title        the heading or short line just above it, "" when none
 * @param continuation whether it directly follows another table with nothing between (a table
 *                     that a page break cut in two in a PDF)
 * @param captionUnit  the unit a caption line just above states (单位：元), null when none
 */
public record LocatedTable(int ordinal, Table table, String title, boolean continuation, String captionUnit) {

    /** All cell texts, compacted, for keyword tests. */
    String content() {
        StringBuilder sb = new StringBuilder();
        table.cells().forEach(c -> sb.append(CellTexts.compact(c.text())).append('|'));
        return sb.toString();
    }
}
