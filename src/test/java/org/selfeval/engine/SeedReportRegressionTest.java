package org.selfeval.engine;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.SharedFiles;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 3's acceptance on the seed report (rubric §7), through the whole engine, in every format. */
class SeedReportRegressionTest {

    private static SelfEvalEngine engine;

    @BeforeAll
    static void engine() {
        engine = SelfEvalEngine.standard();
    }

    private static boolean has(ReportResult r, String code, String rule, Severity severity) {
        return r.findings().stream().anyMatch(f -> f.code().equals(code) && f.rule().equals(rule) && f.severity() == severity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed/seed-report.docx", "seed/seed-report.doc", "seed/seed-report.pdf"})
    void seed_oneErrorT5_andTheExpectedWarnings(String file) {
        ReportResult r = engine.analyse(SharedFiles.require(file), AnalysisOptions.defaults());
        assertTrue(r.isOk(), () -> String.valueOf(r.error()));
        assertEquals("hn-yy-dept-2020", r.report().profile());
        assertEquals(15.0, r.completeness().total());
        assertEquals(List.of(), r.missing());

        List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        Finding t5 = errors.get(0);
        assertEquals("SUM_MISMATCH", t5.code());
        assertEquals("T5", t5.rule());
        assertEquals(860.9, t5.expected(), 1e-9);
        assertEquals(860.49, t5.actual(), 1e-9);
        assertEquals(List.of(860.02, 0.47, 860.9), t5.values().stream().map(Finding.Value::value).toList());

        Finding x6 = r.findings().stream().filter(f -> f.code().equals("CONFLICTING_VALUES")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, x6.severity());
        assertTrue(x6.values().stream().map(Finding.Value::value).toList().containsAll(List.of(116.66, 177.57)));
        assertTrue(has(r, "SCORE_MISMATCH", "T2", Severity.WARNING), "execution-rate score 9 vs 9.78");
        assertTrue(has(r, "SCORE_MISMATCH", "T11", Severity.WARNING) || has(r, "SUM_MISMATCH", "T15", Severity.WARNING),
                "成本指标 ≤281.98 vs 860.9 scored 9");
    }

    @Test
    void scannedSeed_completeAndNoErrors() {
        ReportResult r = engine.analyse(SharedFiles.require("seed/seed-report-scanned.pdf"), AnalysisOptions.defaults());
        Assumptions.assumeTrue(r.isOk(), () -> "skipped: scanned seed not readable here (" + r.error() + ")");
        assertTrue(r.report().ocr());
        assertEquals(15.0, r.completeness().total(), () -> "missing: " + r.missing());
        assertEquals(0, r.count(Severity.ERROR), "findings on OCR text are never errors");
    }
}
