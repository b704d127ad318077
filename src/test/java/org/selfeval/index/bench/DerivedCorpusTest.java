package org.selfeval.index.bench;

import org.junit.jupiter.api.Test;
import org.selfeval.index.ContractCorpus;
import org.selfeval.index.FigureEntry;
import org.selfeval.index.IndexAnalysis;
import org.selfeval.index.IndexedReport;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DerivedCorpusTest {

    private static final IndexAnalysis ANALYSIS = IndexAnalysis.standard();

    private static List<IndexedReport> base() {
        return List.copyOf(ContractCorpus.reports(ANALYSIS).values());
    }

    @Test
    void derive_givesExactCountWithDistinctShas() {
        List<IndexedReport> out = new DerivedCorpus(ANALYSIS).derive(base(), 57, 3);
        assertEquals(57, out.size());
        assertEquals(57, out.stream().map(IndexedReport::sha256).distinct().count());
    }

    @Test
    void relabelledCopy_carriesNewDepartmentEverywhere() {
        List<IndexedReport> out = new DerivedCorpus(ANALYSIS).derive(base(), 60, 3);
        Set<String> departments = out.stream().map(IndexedReport::department).collect(Collectors.toSet());
        assertTrue(departments.size() > 10, departments.toString());
        IndexedReport derived = out.get(out.size() - 1);
        IndexedReport source = base().stream().filter(b -> b.text().lines().skip(1).toList()
                .equals(derived.text().lines().skip(1).toList())).findFirst().orElseThrow();
        assertNotEquals(source.department(), derived.department());
        assertFalse(derived.text().contains(source.department()));
        assertTrue(derived.text().contains(derived.department()));
        assertTrue(derived.title().contains(derived.department()));
    }

    @Test
    void moneyFigures_scaledPercentagesKept() {
        IndexedReport b = base().get(0);
        IndexedReport d = new DerivedCorpus(ANALYSIS).derive(List.of(b), 2, 9).get(1);
        for (int i = 0; i < b.figures().size(); i++) {
            FigureEntry before = b.figures().get(i);
            FigureEntry after = d.figures().get(i);
            if ("%".equals(before.unit())) {
                assertEquals(before.value(), after.value());
            } else {
                assertNotEquals(before.value(), after.value());
            }
        }
    }

    @Test
    void departmentsStayDistinctBeyondTheGeneratorsFamilies() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int j = 0; j < 20_000; j++) {
            assertTrue(names.add(DerivedCorpus.department(j).fullName()), "family " + j);
        }
    }
}
