package org.selfeval.eval.tables;

import org.selfeval.eval.tables.AdjacencyRelation.Direction;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cell-adjacency relations of a table, as defined for the structure part of the ICDAR 2013
 * Table Competition (Göbel, Hassan, Oro, Orsi 2012/2013).
 *
 * <p>Variant implemented here, exactly:
 * <ul>
 *   <li>Only non-blank cells take part; a cell is blank when its normalised text is empty.</li>
 *   <li>Each non-blank cell gets one relation to its nearest non-blank neighbour to the RIGHT in
 *       every grid row it spans, and to its nearest non-blank neighbour BELOW in every grid column
 *       it spans. Blank cells in between are skipped (blank cells are bridged, never related).
 *       A neighbour reached from several spanned rows/columns
 *       counts once.</li>
 *   <li>A relation is the tuple (normalised text of the cell, normalised text of the neighbour,
 *       direction); positions are not compared, so a table offset by an extra empty row or column
 *       still scores fully. Normalisation: {@link TextNormalizer#forRelations}.</li>
 *   <li>Detected and ground-truth relations are compared as multisets: correct = size of the
 *       multiset intersection; precision = correct / detected; recall = correct / ground truth.</li>
 * </ul>
 */
public final class AdjacencyRelations {

    private AdjacencyRelations() {
    }

    public static List<AdjacencyRelation> of(Table table) {
        Cell[][] slots = slots(table);
        List<AdjacencyRelation> out = new ArrayList<>();
        for (Cell cell : table.cells()) {
            String from = TextNormalizer.forRelations(cell.text());
            if (from.isEmpty() || cell.row() >= table.rowCount() || cell.col() >= table.colCount()) {
                continue;
            }
            Set<Cell> right = new LinkedHashSet<>();
            for (int r = cell.row(); r < Math.min(table.rowCount(), cell.row() + cell.rowSpan()); r++) {
                addIfPresent(right, nearest(slots, r, cell.col() + cell.colSpan(), 0, 1));
            }
            Set<Cell> below = new LinkedHashSet<>();
            for (int c = cell.col(); c < Math.min(table.colCount(), cell.col() + cell.colSpan()); c++) {
                addIfPresent(below, nearest(slots, cell.row() + cell.rowSpan(), c, 1, 0));
            }
            right.forEach(n -> out.add(new AdjacencyRelation(from, TextNormalizer.forRelations(n.text()), Direction.RIGHT)));
            below.forEach(n -> out.add(new AdjacencyRelation(from, TextNormalizer.forRelations(n.text()), Direction.BELOW)));
        }
        return out;
    }

    /** Size of the multiset intersection of the two relation lists. */
    public static int countCommon(List<AdjacencyRelation> groundTruth, List<AdjacencyRelation> detected) {
        Map<AdjacencyRelation, Integer> remaining = new HashMap<>();
        groundTruth.forEach(r -> remaining.merge(r, 1, Integer::sum));
        int common = 0;
        for (AdjacencyRelation r : detected) {
            Integer left = remaining.get(r);
            if (left != null && left > 0) {
                remaining.put(r, left - 1);
                common++;
            }
        }
        return common;
    }

    /** Relations of {@code a} with no partner in {@code b} (multiset difference), for diagnostics. */
    public static List<AdjacencyRelation> missing(List<AdjacencyRelation> a, List<AdjacencyRelation> b) {
        Map<AdjacencyRelation, Integer> available = new HashMap<>();
        b.forEach(r -> available.merge(r, 1, Integer::sum));
        List<AdjacencyRelation> out = new ArrayList<>();
        for (AdjacencyRelation r : a) {
            Integer left = available.get(r);
            if (left != null && left > 0) {
                available.put(r, left - 1);
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static void addIfPresent(Set<Cell> set, Cell cell) {
        if (cell != null) {
            set.add(cell);
        }
    }

    /** The first non-blank cell from (r, c) walking by (dr, dc), or null at the table edge. */
    private static Cell nearest(Cell[][] slots, int r, int c, int dr, int dc) {
        while (r < slots.length && c < (slots.length == 0 ? 0 : slots[0].length)) {
            Cell cell = slots[r][c];
            if (cell != null && !TextNormalizer.forRelations(cell.text()).isEmpty()) {
                return cell;
            }
            r += dr;
            c += dc;
        }
        return null;
    }

    private static Cell[][] slots(Table table) {
        Cell[][] slots = new Cell[table.rowCount()][table.colCount()];
        for (Cell cell : table.cells()) {
            for (int r = cell.row(); r < Math.min(table.rowCount(), cell.row() + cell.rowSpan()); r++) {
                for (int c = cell.col(); c < Math.min(table.colCount(), cell.col() + cell.colSpan()); c++) {
                    slots[r][c] = cell;
                }
            }
        }
        return slots;
    }
}
