package org.selfeval.extract.word;

import org.selfeval.extract.CellBudget;

import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds the grid of a .doc table. Word 97 stores no column grid, only each cell's left edge
 * and width per row, so the grid columns are the distinct cell edges across all rows and a cell
 * spans the columns between its edges.
 */
final class DocTableReader {

    /** Edges closer than this (in twips, 1/20 pt) are the same grid line: rounding in writers. */
    private static final int EDGE_TOLERANCE = 30;

    private DocTableReader() {
    }

    static Table read(org.apache.poi.hwpf.usermodel.Table table, Function<TableCell, String> cellText,
                      CellBudget cells) {
        List<Integer> lines = gridLines(table);
        TableGridBuilder grid = new TableGridBuilder(Math.max(0, lines.size() - 1), cells);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            grid.startRow();
            int i = 0;
            while (i < row.numCells()) {
                TableCell cell = row.getCell(i);
                int left = cell.getLeftEdge();
                int right = left + cell.getWidth();
                StringBuilder text = new StringBuilder(cellText.apply(cell));
                int j = i + 1;
                // Word 97 horizontal merges: following cells flagged merged belong to this one.
                while (cell.isFirstMerged() && j < row.numCells() && row.getCell(j).isMerged()
                        && !row.getCell(j).isFirstMerged()) {
                    TableCell merged = row.getCell(j);
                    right = merged.getLeftEdge() + merged.getWidth();
                    String more = cellText.apply(merged);
                    if (!more.isEmpty()) {
                        text.append(text.isEmpty() ? "" : "\n").append(more);
                    }
                    j++;
                }
                int start = nearest(lines, left);
                int end = nearest(lines, right);
                TableGridBuilder.VMerge merge = cell.isFirstVerticallyMerged() ? TableGridBuilder.VMerge.RESTART
                        : cell.isVerticallyMerged() ? TableGridBuilder.VMerge.CONTINUE : TableGridBuilder.VMerge.NONE;
                grid.addCellAt(start, Math.max(1, end - start), merge, text.toString(), List.of());
                i = j;
            }
        }
        return grid.build(0);
    }

    private static List<Integer> gridLines(org.apache.poi.hwpf.usermodel.Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> lines = new ArrayList<>();
        for (int e : edges) {
            if (lines.isEmpty() || e - lines.get(lines.size() - 1) > EDGE_TOLERANCE) {
                lines.add(e);
            }
        }
        return lines;
    }

    private static int nearest(List<Integer> lines, int edge) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            int d = Math.abs(lines.get(i) - edge);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
