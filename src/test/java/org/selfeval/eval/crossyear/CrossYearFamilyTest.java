package org.selfeval.eval.crossyear;

import org.selfeval.synth.FamilyGenerator;
import org.selfeval.synth.ReportSpec;
import org.selfeval.synth.TableSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossYearFamilyTest {

    /** Text of the basic-data cell in the row whose bare label is {@code row}, column {@code col}. */
    private static String cell(ReportSpec spec, String row, int col) {
        TableSpec t = spec.table(TableSpec.Kind.BASIC_DATA);
        for (TableSpec.CellSpec c : t.cells()) {
            if (c.col() == 0 && CrossYearInjector.bare(c.text()).equals(row)) {
                return t.anchoredAt(c.row(), col).text();
            }
        }
        return null;
    }

    @Test
    void consecutiveYears_previousColumnRepeatsLastYearsActual() {
        List<ReportSpec> family = new FamilyGenerator().family("f", 3, 42, 2021, 3);
        assertEquals(List.of(2021, 2022, 2023), family.stream().map(ReportSpec::year).toList());
        assertEquals(1, family.stream().map(s -> s.department().fullName()).distinct().count());
        for (int k = 1; k < family.size(); k++) {
            for (String row : List.of("三公经费", "公务接待", "项目支出", "公用经费")) {
                String lastActual = cell(family.get(k - 1), row, 5);
                assertNotNull(lastActual, row);
                assertEquals(lastActual, cell(family.get(k), row, 1), row + " in " + family.get(k).year());
            }
        }
    }

    @Test
    void familiesByIndex_distinctDepartments() {
        long distinct = java.util.stream.IntStream.range(0, FamilyGenerator.capacity())
                .mapToObj(i -> FamilyGenerator.department(i).fullName()).distinct().count();
        assertEquals(FamilyGenerator.capacity(), distinct);
    }

    @Test
    void columnInjection_changesOnlyThePreviousYearCell() {
        List<ReportSpec> family = new FamilyGenerator().family("f", 1, 7, 2020, 2);
        var injected = new CrossYearInjector().inject(CrossYearInjector.Kind.COLUMN, family.get(0), family.get(1),
                "f-2021.docx", new Random(1)).orElseThrow();
        assertEquals("CY1", injected.gold().rule());
        String key = injected.gold().key();
        assertNotEquals(cell(family.get(1), key, 1), cell(injected.spec(), key, 1));
        assertEquals(cell(family.get(1), key, 5), cell(injected.spec(), key, 5));
        assertTrue(injected.gold().matches("f-2021.docx", "CY1", key + "·决算数"));
    }
}
