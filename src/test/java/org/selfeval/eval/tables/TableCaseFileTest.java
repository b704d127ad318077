package org.selfeval.eval.tables;

import org.junit.jupiter.api.Test;
import org.selfeval.extract.FailureCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableCaseFileTest {

    private static final String HEADER = "file\texpected\tpage\tarea\tmode\ttable\tspans\tcolumns\toracle\texpect_failure\tnote\n";

    @Test
    void fullRow_parsesAllColumns() {
        List<TableCase> cases = TableCaseFile.parse("# comment\n" + HEADER
                + "a.pdf\ta.csv\t2\t%0,0,100,50;1,2,3,4\tstream\tall\tcopy-vertical\t59, 218.5\tblank-columns\tENCRYPTED\tnote\n");
        TableCase c = cases.get(0);
        assertEquals(2, c.page());
        assertEquals(List.of(new Area(0, 0, 100, 50, true), new Area(1, 2, 3, 4, false)), c.areas());
        assertEquals(TableCase.Mode.STREAM, c.mode());
        assertEquals(0, c.tableIndex());
        assertEquals(SpanRendering.COPY_VERTICAL, c.spans());
        assertEquals(List.of(59.0, 218.5), c.columns());
        assertEquals(java.util.Set.of(OracleOption.BLANK_COLUMNS), c.oracle());
        assertEquals(FailureCode.ENCRYPTED, c.expectedFailure());
    }

    @Test
    void unknownOracleOption_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TableCaseFile.parse(HEADER + "a.pdf\ta.csv\t1\t\tlattice\t1\t\t\tpadding\t\t\n"));
    }

    @Test
    void badMode_namesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TableCaseFile.parse(HEADER + "a.pdf\ta.csv\t1\t\tgrid\t1\t\t\t\t\t\n"));
        assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
    }

    @Test
    void repositoryCaseList_isValidAndCoversBothModes() throws Exception {
        Path file = Path.of("config/eval/pdf-table-cases.tsv");
        List<TableCase> cases = TableCaseFile.parse(Files.readString(file));
        assertTrue(cases.stream().anyMatch(c -> c.mode() == TableCase.Mode.LATTICE));
        assertTrue(cases.stream().anyMatch(c -> c.mode() == TableCase.Mode.STREAM));
        assertEquals(1, cases.stream().filter(c -> c.expectedFailure() == FailureCode.ENCRYPTED).count());
    }
}
