package org.selfeval.eval.tables;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Box;
import org.selfeval.model.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IcdarEvaluatorTest {

    private static final String[][] ROWS = {{"a", "b"}, {"1", "2"}};

    private static GroundTruthTable gt(String id, Box region) {
        return new GroundTruthTable(id, region, Tables.grid(ROWS, region));
    }

    @Test
    void overlappingRegionOnSamePage_matchesAndScoresFully() {
        Box region = new Box(1, 100, 100, 300, 200);
        Table ours = Tables.grid(ROWS, new Box(1, 98, 101, 305, 199));
        IcdarDocumentResult r = IcdarEvaluator.evaluate("d.pdf", List.of(gt("1", region)), List.of(ours));
        assertEquals(1, r.matchedTables());
        assertEquals(new RelationScore(4, 4, 4), r.score());
    }

    @Test
    void sameRegionOnOtherPage_isNoMatch() {
        Box region = new Box(1, 100, 100, 300, 200);
        Table ours = Tables.grid(ROWS, new Box(2, 100, 100, 300, 200));
        IcdarDocumentResult r = IcdarEvaluator.evaluate("d.pdf", List.of(gt("1", region)), List.of(ours));
        assertEquals(0, r.matchedTables());
        assertEquals(new RelationScore(4, 4, 0), r.score());
        assertEquals(0.0, r.score().f1());
    }

    @Test
    void extraDetectedTable_countsAgainstPrecisionOnly() {
        Box region = new Box(1, 100, 100, 300, 200);
        Table ours = Tables.grid(ROWS, region);
        Table extra = Tables.grid(new String[][]{{"x", "y"}}, new Box(1, 100, 500, 300, 520));
        IcdarDocumentResult r = IcdarEvaluator.evaluate("d.pdf", List.of(gt("1", region)), List.of(ours, extra));
        assertEquals(new RelationScore(4, 5, 4), r.score());
        assertEquals(1.0, r.score().recall());
        assertEquals(0.8, r.score().precision(), 1e-9);
    }

    @Test
    void smallFragmentInsideTable_losesToTableCoveringIt() {
        Box region = new Box(1, 100, 100, 300, 200);
        Table fragment = Tables.grid(new String[][]{{"a"}}, new Box(1, 100, 100, 150, 120));
        Table whole = Tables.grid(ROWS, new Box(1, 100, 100, 300, 200));
        List<TableMatcher.Pair> pairs = TableMatcher.match(List.of(gt("1", region)), List.of(fragment, whole));
        assertEquals(1, pairs.get(0).detected());
    }

    @Test
    void failedExtraction_missesAllRelations() {
        IcdarDocumentResult r = IcdarEvaluator.failed("d.pdf", List.of(gt("1", new Box(1, 0, 0, 10, 10))), "ENCRYPTED");
        assertEquals(new RelationScore(4, 0, 0), r.score());
        assertEquals("ENCRYPTED", r.failure());
    }
}
