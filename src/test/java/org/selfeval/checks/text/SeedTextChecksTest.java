package org.selfeval.checks.text;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed through the whole engine (figures included): of the text checks only X6 (工资福利支出
 * 116.66 vs 177.57) and X10 (在职人数 13 vs 在编 10 + 临聘 3) speak, both as warnings; the seed's other
 * cross-checks agree (860.9, 193.13 + 667.77, 177.57 + 15.56, 91.94%/8.06%, 0.66 − 0.31 = 0.35, 2024/2023).
 */
class SeedTextChecksTest {

    private static SelfEvalEngine engine;

    @BeforeAll
    static void setUp() {
        engine = SelfEvalEngine.standard();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "doc", "pdf"})
    void seed_onlyX6AndX10Warnings(String format) {
        ReportResult r = engine.analyse(SharedFiles.require("seed/seed-report." + format), AnalysisOptions.defaults());
        Set<String> textRules = Set.of("X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9", "X10", "X11", "X12");
        List<Finding> text = r.findings().stream().filter(f -> textRules.contains(f.rule())).toList();
        assertTrue(text.stream().noneMatch(f -> f.severity() == Severity.ERROR), text::toString);
        List<Finding> conflicts = text.stream().filter(f -> f.code().equals("CONFLICTING_VALUES")).toList();
        assertEquals(1, conflicts.size(), text::toString);
        Finding x6 = conflicts.get(0);
        assertEquals(Severity.WARNING, x6.severity());
        assertEquals(Set.of(116.66, 177.57), Set.of(x6.expected(), x6.actual()));
        List<Finding> staff = text.stream().filter(f -> f.rule().equals("X10")).toList();
        assertEquals(1, staff.size(), text::toString);
        assertEquals(13.0, staff.get(0).expected());
        assertEquals(10.0, staff.get(0).actual());
        assertEquals(2, text.size(), text::toString);
    }
}
