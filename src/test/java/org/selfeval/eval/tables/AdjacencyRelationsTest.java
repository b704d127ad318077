package org.selfeval.eval.tables;

import org.junit.jupiter.api.Test;
import org.selfeval.eval.tables.AdjacencyRelation.Direction;
import org.selfeval.model.Cell;
import org.selfeval.model.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdjacencyRelationsTest {

    private static final String[][] BUDGET = {
            {"项目", "预算数", "执行数"},
            {"基本支出", "100", "98"},
            {"项目支出", "50", "45"}};

    @Test
    void plainGrid_relatesEachCellToRightAndBelow() {
        List<AdjacencyRelation> rel = AdjacencyRelations.of(Tables.grid(BUDGET));
        // 3x3: 2 right relations per row, 2 below relations per column.
        assertEquals(12, rel.size());
        assertTrue(rel.contains(new AdjacencyRelation("项目", "预算数", Direction.RIGHT)));
        assertTrue(rel.contains(new AdjacencyRelation("预算数", "100", Direction.BELOW)));
    }

    @Test
    void identicalTables_scoreF1One() {
        List<AdjacencyRelation> gt = AdjacencyRelations.of(Tables.grid(BUDGET));
        List<AdjacencyRelation> det = AdjacencyRelations.of(Tables.grid(BUDGET));
        RelationScore s = new RelationScore(gt.size(), det.size(), AdjacencyRelations.countCommon(gt, det));
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.f1());
    }

    @Test
    void shiftedColumn_lowersPrecisionAndRecall() {
        String[][] shifted = {
                {"项目", "预算数", "执行数"},
                {"基本支出", "", "100"},
                {"项目支出", "50", "45"}};
        List<AdjacencyRelation> gt = AdjacencyRelations.of(Tables.grid(BUDGET));
        List<AdjacencyRelation> det = AdjacencyRelations.of(Tables.grid(shifted));
        RelationScore s = new RelationScore(gt.size(), det.size(), AdjacencyRelations.countCommon(gt, det));
        assertTrue(s.precision() < 1.0, "precision " + s.precision());
        assertTrue(s.recall() < 1.0, "recall " + s.recall());
        assertTrue(s.correct() > 0);
    }

    @Test
    void emptyCells_areBridgedAndNeverRelated() {
        String[][] rows = {{"a", "", "b"}, {"", "", ""}, {"c", "", "d"}};
        List<AdjacencyRelation> rel = AdjacencyRelations.of(Tables.grid(rows));
        assertEquals(List.of(
                new AdjacencyRelation("a", "b", Direction.RIGHT),
                new AdjacencyRelation("a", "c", Direction.BELOW),
                new AdjacencyRelation("b", "d", Direction.BELOW),
                new AdjacencyRelation("c", "d", Direction.RIGHT)), rel);
    }

    @Test
    void rowSpanningCell_relatesToNeighbourInEachSpannedRow() {
        Table t = Tables.of(2, 2, null,
                Cell.spanning(0, 0, 2, 1, "合计"), Cell.of(0, 1, "x"), Cell.of(1, 1, "y"));
        List<AdjacencyRelation> rel = AdjacencyRelations.of(t);
        assertTrue(rel.contains(new AdjacencyRelation("合计", "x", Direction.RIGHT)));
        assertTrue(rel.contains(new AdjacencyRelation("合计", "y", Direction.RIGHT)));
        assertTrue(rel.contains(new AdjacencyRelation("x", "y", Direction.BELOW)));
        assertEquals(3, rel.size());
    }

    @Test
    void columnSpanningHeader_countsSharedNeighbourOnce() {
        Table t = Tables.of(2, 2, null,
                Cell.spanning(0, 0, 1, 2, "2007"), Cell.of(1, 0, "a"), Cell.of(1, 1, "b"));
        List<AdjacencyRelation> rel = AdjacencyRelations.of(t);
        assertEquals(List.of(
                new AdjacencyRelation("2007", "a", Direction.BELOW),
                new AdjacencyRelation("2007", "b", Direction.BELOW),
                new AdjacencyRelation("a", "b", Direction.RIGHT)), rel);
    }

    @Test
    void whitespaceQuotesAndDashes_normalisedBeforeComparing() {
        Table gt = Tables.grid(new String[][]{{"Sample\nsize", "‘a’ – b"}});
        Table det = Tables.grid(new String[][]{{"Sample size", "'a' - b"}});
        assertEquals(AdjacencyRelations.of(gt), AdjacencyRelations.of(det));
    }

    @Test
    void duplicateRelations_countedAsMultiset() {
        List<AdjacencyRelation> two = List.of(new AdjacencyRelation("0", "0", Direction.RIGHT),
                new AdjacencyRelation("0", "0", Direction.RIGHT));
        assertEquals(1, AdjacencyRelations.countCommon(two, two.subList(0, 1)));
        assertEquals(2, AdjacencyRelations.countCommon(two, two));
    }
}
