package org.selfeval.checks;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.engine.AnalysisOptions;
import org.selfeval.engine.ReportResult;
import org.selfeval.engine.SelfEvalEngine;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.SharedFiles;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The seed, in every format, through the engine: the table checks' part of rubric §7. */
class SeedTableChecksTest {

    private static final Set<String> TABLE_RULES = Set.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
            "T10", "T11", "T12", "T15", "B1", "B2", "B3", "B4", "B5", "B6");
    private static SelfEvalEngine engine;

    @BeforeAll
    static void engine() {
        engine = SelfEvalEngine.standard();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed/seed-report.docx", "seed/seed-report.doc", "seed/seed-report.pdf"})
    void seed_oneErrorT5_warningsT2T11T15(String file) {
        ReportResult result = engine.analyse(SharedFiles.require(file), AnalysisOptions.defaults());
        List<Finding> mine = result.findings().stream().filter(f -> TABLE_RULES.contains(f.rule())).toList();

        List<Finding> errors = mine.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors::toString);
        Finding t5 = errors.get(0);
        assertEquals("T5", t5.rule());
        assertEquals("SUM_MISMATCH", t5.code());
        assertEquals(860.9, t5.expected());
        assertEquals(860.49, t5.actual());
        assertEquals(3, t5.values().size());
        assertTrue(t5.values().stream().allMatch(v -> "table".equals(v.source())));

        Finding t2 = only(mine, "T2");
        assertEquals(Severity.WARNING, t2.severity());
        assertEquals("SCORE_MISMATCH", t2.code());
        assertEquals(9.78, t2.expected());
        assertEquals(9.0, t2.actual());

        Finding t11 = only(mine, "T11");
        assertEquals(Severity.WARNING, t11.severity());
        assertEquals(0.0, t11.expected());
        assertEquals(9.0, t11.actual());

        Finding t15 = only(mine, "T15");
        assertEquals(Severity.WARNING, t15.severity());
        assertEquals(880.57, t15.expected());
        assertEquals(281.98, t15.actual());
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> of = findings.stream().filter(f -> rule.equals(f.rule())).toList();
        assertEquals(1, of.size(), () -> rule + ": " + of);
        return of.get(0);
    }
}
