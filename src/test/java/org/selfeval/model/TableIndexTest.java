package org.selfeval.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The indexed cell lookup answers exactly what the linear scan it replaced answered. */
class TableIndexTest {

    @Test
    void indexedLookupEqualsTheScanOnRandomTablesWithSpansAndOverlaps() {
        Random rnd = new Random(42);
        for (int t = 0; t < 300; t++) {
            int rows = 1 + rnd.nextInt(12);
            int cols = 1 + rnd.nextInt(8);
            List<Cell> cells = new ArrayList<>();
            for (int i = rnd.nextInt(rows * cols + 3); i > 0; i--) { // overlaps and cells past the grid too
                cells.add(Cell.spanning(rnd.nextInt(rows + 1), rnd.nextInt(cols + 1), 1 + rnd.nextInt(3),
                        1 + rnd.nextInt(3), "c" + i));
            }
            Table table = new Table(List.of(1), rows, cols, cells, "word", null);
            for (int r = -1; r <= rows + 1; r++) {
                for (int c = -1; c <= cols + 1; c++) {
                    assertSame(scan(table, r, c), table.cellAt(r, c), "table " + t + " slot " + r + "," + c);
                }
                int row = r;
                assertEquals(table.cells().stream().filter(x -> x.row() == row).toList(), table.row(r));
            }
        }
    }

    @Test
    void cellsStayAnImmutableListThatSerialisesAsBefore() throws Exception {
        Table table = new Table(List.of(1), 2, 2, List.of(Cell.of(1, 1, "b"), Cell.of(0, 0, "a")), "word", null);
        assertEquals(List.of(Cell.of(0, 0, "a"), Cell.of(1, 1, "b")), table.cells());
        assertThrows(UnsupportedOperationException.class, () -> table.cells().add(Cell.of(0, 1, "x")));
        String json = new ObjectMapper().writeValueAsString(table);
        assertEquals("{\"type\":\"table\",\"pages\":[1],\"rowCount\":2,\"colCount\":2,\"cells\":["
                + "{\"row\":0,\"col\":0,\"rowSpan\":1,\"colSpan\":1,\"text\":\"a\"},"
                + "{\"row\":1,\"col\":1,\"rowSpan\":1,\"colSpan\":1,\"text\":\"b\"}],\"method\":\"word\"}",
                json.replaceAll(",\"page\":1", ""));
        assertEquals(table, new Table(List.of(1), 2, 2, List.copyOf(table.cells()), "word", null));
    }

    private static Cell scan(Table table, int r, int c) {
        for (Cell cell : table.cells()) {
            if (cell.covers(r, c)) {
                return cell;
            }
        }
        return null;
    }
}
