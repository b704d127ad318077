package org.selfeval.eval.tables;

import org.selfeval.model.Box;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link SpanRendering#PACKED}: rows as tabula's lattice mode writes them. It knows no spans, so a
 * row holds only the cells that start in it, packed to the left; to keep columns aligned it
 * starts a row after as many slots as the fullest row of cells below and left of the row's first
 * cell has. Works on grid positions, which equal tabula's geometric test for a ruled grid.
 */
final class PackedRows {

    private PackedRows() {
    }

    static List<List<String>> of(Table table, int page, Box area) {
        Map<Integer, List<Cell>> byRow = new TreeMap<>();
        for (Cell cell : table.cells()) {
            if (GridRenderer.inside(cell, page, area)) {
                byRow.computeIfAbsent(cell.row(), r -> new ArrayList<>()).add(cell);
            }
        }
        List<Cell> kept = byRow.values().stream().flatMap(List::stream).toList();
        List<List<String>> out = new ArrayList<>();
        for (List<Cell> row : byRow.values()) {
            List<String> line = new ArrayList<>();
            for (int i = start(row.get(0), kept); i > 0; i--) {
                line.add("");
            }
            row.forEach(c -> line.add(c.text()));
            out.add(List.copyOf(line));
        }
        return out;
    }

    private static int start(Cell first, List<Cell> cells) {
        Map<Integer, Integer> perRow = new TreeMap<>();
        for (Cell c : cells) {
            if (c.row() >= first.row() + first.rowSpan() && c.col() + c.colSpan() <= first.col()) {
                perRow.merge(c.row(), 1, Integer::sum);
            }
        }
        return perRow.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
