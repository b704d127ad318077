package org.selfeval.forms;

import org.selfeval.model.Table;

/**
 * A table of the document with its ordinal and title.
 *
 * @param ordinal 0-based position among the document's tables (the "table" of a citation)
 * @param title   the heading or short line just above it, "" when none
 */
public record LocatedTable(int ordinal, Table table, String title) {

    /** All cell texts, compacted, for keyword tests. */
    String content() {
        StringBuilder sb = new StringBuilder();
        table.cells().forEach(c -> sb.append(CellTexts.compact(c.text())).append('|'));
        return sb.toString();
    }
}
