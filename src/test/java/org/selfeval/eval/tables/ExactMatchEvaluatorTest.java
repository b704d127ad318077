package org.selfeval.eval.tables;

import org.junit.jupiter.api.Test;
import org.selfeval.extract.ExtractResult;
import org.selfeval.extract.ExtractionFailure;
import org.selfeval.extract.FailureCode;
import org.selfeval.model.Block;
import org.selfeval.model.Box;
import org.selfeval.model.Cell;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExactMatchEvaluatorTest {

    private static final PageFrame LETTER = new PageFrame(0, 0, 612, 792);

    private static ExtractResult doc(Table... tables) {
        DocumentMetadata meta = new DocumentMetadata("t.pdf", "0", 1, "pdf", "application/pdf", 1, null, null, null, false);
        return ExtractResult.ok(new ReportDocument(meta, List.<Block>of(tables), List.of()));
    }

    private static TableCase lattice(List<Area> areas, int index, SpanRendering spans) {
        return new TableCase("t.pdf", "t.csv", 1, areas, TableCase.Mode.LATTICE, index, spans, null, "");
    }

    private static CaseResult run(TableCase c, ExtractResult r, String csv) {
        return ExactMatchEvaluator.evaluate(c, r, CsvGrid.parse(csv), page -> LETTER);
    }

    @Test
    void sameCellsDifferentLineBreaks_areExact() {
        Table t = Tables.grid(new String[][]{{"Cycle Name", "KI"}, {"2012_2", "3.30"}});
        CaseResult r = run(lattice(List.of(), 1, SpanRendering.TOP_LEFT), doc(t), "\"Cycle \nName\",KI\n2012_2,3.30\n");
        assertEquals(CaseResult.Status.EXACT, r.status());
        assertNull(r.difference());
    }

    @Test
    void differingCell_reportsFirstDifferenceOneBased() {
        Table t = Tables.grid(new String[][]{{"a", "b"}, {"1", "3"}});
        CaseResult r = run(lattice(List.of(), 1, SpanRendering.TOP_LEFT), doc(t), "a,b\n1,2\n");
        assertEquals(CaseResult.Status.DIFFERENT, r.status());
        assertEquals("row 2, col 2: expected \"2\" got \"3\"", r.difference());
    }

    @Test
    void extraColumn_reportsShape() {
        Table t = Tables.grid(new String[][]{{"a", "b", ""}});
        CaseResult r = run(lattice(List.of(), 1, SpanRendering.TOP_LEFT), doc(t), "a,b\n");
        assertEquals("shape: expected 1x2 got 1x3", r.difference());
    }

    @Test
    void rowSpanWithCopyVertical_copiesTextDown() {
        Table t = Tables.of(2, 2, null, Cell.spanning(0, 0, 2, 1, "GMC"), Cell.of(0, 1, "x"), Cell.of(1, 1, "y"));
        String csv = "GMC,x\nGMC,y\n";
        assertEquals(CaseResult.Status.EXACT, run(lattice(List.of(), 1, SpanRendering.COPY_VERTICAL), doc(t), csv).status());
        assertEquals(CaseResult.Status.DIFFERENT, run(lattice(List.of(), 1, SpanRendering.TOP_LEFT), doc(t), csv).status());
    }

    @Test
    void columnSpanWithTopLeft_leavesCoveredSlotsEmpty() {
        Table t = Tables.of(2, 2, null, Cell.spanning(0, 0, 1, 2, "Percent"), Cell.of(1, 0, "a"), Cell.of(1, 1, "b"));
        assertEquals(CaseResult.Status.EXACT,
                run(lattice(List.of(), 1, SpanRendering.TOP_LEFT), doc(t), "Percent,\na,b\n").status());
    }

    @Test
    void area_keepsOnlyCellsInside() {
        Box page = new Box(1, 0, 0, 600, 100);
        Table t = Tables.of(2, 2, page,
                new Cell(0, 0, 1, 1, "title", List.of(), new Box(1, 0, 0, 300, 50)),
                new Cell(0, 1, 1, 1, "", List.of(), new Box(1, 300, 0, 600, 50)),
                new Cell(1, 0, 1, 1, "a", List.of(), new Box(1, 0, 50, 300, 100)),
                new Cell(1, 1, 1, 1, "b", List.of(), new Box(1, 300, 50, 600, 100)));
        CaseResult r = run(lattice(List.of(Area.parse("40,0,100,600")), 0, SpanRendering.TOP_LEFT), doc(t), "a,b\n");
        assertEquals(CaseResult.Status.EXACT, r.status(), r.difference());
    }

    @Test
    void percentAreas_stackTablesInAreaOrder() {
        Table left = Tables.grid(new String[][]{{"1", "100"}}, new Box(1, 10, 10, 290, 30));
        Table right = Tables.grid(new String[][]{{"5", "105"}}, new Box(1, 320, 10, 600, 30));
        TableCase c = lattice(List.of(Area.parse("%0,50,100,100"), Area.parse("%0,0,100,50")), 0, SpanRendering.TOP_LEFT);
        assertEquals(CaseResult.Status.EXACT, run(c, doc(left, right), "5,105\n1,100\n").status());
    }

    @Test
    void tableOverTwoPages_comparesOnlyTheCasePage() {
        Table t = new Table(List.of(1, 2), 3, 1, List.of(
                new Cell(0, 0, 1, 1, "head", List.of(), new Box(1, 0, 0, 100, 20)),
                new Cell(1, 0, 1, 1, "a", List.of(), new Box(1, 0, 20, 100, 40)),
                new Cell(2, 0, 1, 1, "b", List.of(), new Box(2, 0, 0, 100, 20))), "lattice", new Box(1, 0, 0, 100, 40));
        assertEquals(CaseResult.Status.EXACT, run(lattice(List.of(), 0, SpanRendering.TOP_LEFT), doc(t), "head\na\n").status());
        TableCase second = new TableCase("t.pdf", "t.csv", 2, List.of(), TableCase.Mode.LATTICE, 0, SpanRendering.TOP_LEFT, null, "");
        assertEquals(CaseResult.Status.EXACT, run(second, doc(t), "b\n").status());
    }

    @Test
    void fullWidthParenthesis_equalsAscii() {
        Table t = Tables.grid(new String[][]{{"当期変動額（純額)"}});
        assertEquals(CaseResult.Status.EXACT, run(lattice(List.of(), 1, SpanRendering.TOP_LEFT), doc(t), "当期変動額(純額)\n").status());
    }

    @Test
    void blankOracleColumns_areDroppedOnlyWhenAsked() {
        Table t = Tables.grid(new String[][]{{"a", "b"}, {"1", ""}});
        String csv = ",a,b\n,1,\n";
        TableCase plain = lattice(List.of(), 1, SpanRendering.TOP_LEFT);
        TableCase blank = new TableCase("t.pdf", "t.csv", 1, List.of(), TableCase.Mode.LATTICE, 1, SpanRendering.TOP_LEFT,
                List.of(), java.util.Set.of(OracleOption.BLANK_COLUMNS), null, "");
        assertEquals(CaseResult.Status.DIFFERENT, run(plain, doc(t), csv).status());
        assertEquals(CaseResult.Status.EXACT, run(blank, doc(t), csv).status());
    }

    @Test
    void packedRendering_listsRowCellsLeftToRightAfterTheColumnsBelowLeft() {
        // "H" spans columns 1-2 over a label column with no header cell; "x" spans rows 1-2.
        Table t = Tables.of(3, 3, null,
                Cell.spanning(0, 1, 1, 2, "H"),
                Cell.of(1, 0, "r1"), Cell.spanning(1, 1, 2, 1, "x"), Cell.of(1, 2, "y"),
                Cell.of(2, 0, "r2"), Cell.of(2, 2, "z"));
        assertEquals(CaseResult.Status.EXACT,
                run(lattice(List.of(), 1, SpanRendering.PACKED), doc(t), ",H,\nr1,x,y\nr2,z,\n").status());
        assertEquals(CaseResult.Status.DIFFERENT,
                run(lattice(List.of(), 1, SpanRendering.TOP_LEFT), doc(t), ",H,\nr1,x,y\nr2,z,\n").status());
    }

    @Test
    void tableIndexBeyondOurTables_isNoTable() {
        CaseResult r = run(lattice(List.of(), 2, SpanRendering.TOP_LEFT), doc(Tables.grid(new String[][]{{"a"}})), "a\n");
        assertEquals(CaseResult.Status.NO_TABLE, r.status());
    }

    @Test
    void expectedEncryptedFailure_isNotAMiss() {
        TableCase c = new TableCase("p.pdf", "p.csv", 1, List.of(), TableCase.Mode.STREAM, 1, SpanRendering.TOP_LEFT,
                FailureCode.ENCRYPTED, "");
        ExtractResult failed = ExtractResult.failed("p.pdf", "0", ExtractionFailure.of(FailureCode.ENCRYPTED, "password"));
        CaseResult r = ExactMatchEvaluator.evaluate(c, failed, CsvGrid.parse("a\n"), page -> LETTER);
        assertEquals(CaseResult.Status.EXPECTED_FAILURE, r.status());
        EvaluationReport.Cases cases = EvaluationReport.Cases.of(List.of(r));
        assertEquals(0, cases.stream().total());
        assertEquals(1, cases.expectedFailuresAsExpected());
    }

    @Test
    void unexpectedFailure_countsAsMiss() {
        ExtractResult failed = ExtractResult.failed("t.pdf", "0", ExtractionFailure.of(FailureCode.CORRUPT, "bad xref"));
        CaseResult r = run(lattice(List.of(), 1, SpanRendering.TOP_LEFT), failed, "a\n");
        assertEquals(CaseResult.Status.FAILED, r.status());
        EvaluationReport.Cases cases = EvaluationReport.Cases.of(List.of(r));
        assertEquals(new EvaluationReport.Share(0, 1, 0.0), cases.lattice());
    }
}
