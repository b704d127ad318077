package org.selfeval.eval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Severity;
import org.selfeval.sections.SectionReport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckEvaluationTest {

    private static final SectionReport.Completeness FULL = new SectionReport.Completeness(8, 8, 7, 7);

    @Test
    void fakeEngine_scoresPerCodeOverallCleanAndFailures() {
        Gold sum = FileScoreTest.gold(List.of(new Gold.Expected("SUM_MISMATCH", "T5", Severity.ERROR, "n")), List.of(),
                List.of(), FULL, false).withFile("sum.pdf", "pdf");
        Gold clean = FileScoreTest.gold(List.of(), List.of(), List.of(), FULL, true).withFile("clean.docx", "docx");
        Gold ratio = FileScoreTest.gold(List.of(new Gold.Expected("RATIO_MISMATCH", "T1", Severity.ERROR, "n")), List.of(),
                List.of(), FULL, false).withFile("ratio.pdf", "pdf");
        Gold broken = FileScoreTest.gold(List.of(new Gold.Expected("SUM_MISMATCH", "T5", Severity.ERROR, "n")), List.of(),
                List.of(), FULL, false).withFile("broken.pdf", "pdf");
        Map<String, org.selfeval.engine.ReportResult> results = Map.of(
                "sum.pdf", FileScoreTest.result("hn-yy-dept-2020",
                        List.of(FileScoreTest.finding("SUM_MISMATCH", "T5", Severity.ERROR)), List.of(), FULL),
                "clean.docx", FileScoreTest.result("hn-yy-dept-2020",
                        List.of(FileScoreTest.finding("CONFLICTING_VALUES", "X6", Severity.WARNING)), List.of(), FULL),
                "ratio.pdf", FileScoreTest.result("hn-yy-dept-2020", List.of(), List.of(), FULL));
        CheckEvaluation eval = new CheckEvaluation(p -> {
            var r = results.get(p.getFileName().toString());
            if (r == null) {
                throw new IllegalStateException("engine crash");
            }
            return r;
        }, 2);
        EvaluationResult r = eval.run(List.of(new LabelledCorpus.Case(Path.of("sum.pdf"), sum),
                new LabelledCorpus.Case(Path.of("clean.docx"), clean), new LabelledCorpus.Case(Path.of("ratio.pdf"), ratio),
                new LabelledCorpus.Case(Path.of("broken.pdf"), broken)), n -> { });
        assertEquals(4, r.files());
        assertEquals(1, r.failed());
        Prf s = r.perCode().get("SUM_MISMATCH");
        assertEquals(2, s.support());
        assertEquals(1, s.tp());
        assertEquals(1, s.fn());
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(1, r.perCode().get("CONFLICTING_VALUES").fp());
        assertEquals(0.0, r.perCode().get("RATIO_MISMATCH").recall(), 1e-9);
        Prf all = r.inconsistencies();
        assertEquals(1, all.tp());
        assertEquals(1, all.fp());
        assertEquals(2, all.fn());
        assertEquals(1, r.cleanFiles());
        assertEquals(1, r.cleanFilesWithFalseAlarms());
        assertEquals(Map.of("CONFLICTING_VALUES", 1), r.cleanFalseAlarms());
        assertEquals(3, r.completenessExactCount());
        assertEquals(3, r.profileRightCount());
        assertEquals(1, r.misses().stream().filter(m -> m.kind().equals("FAILED")).count());
    }

    @Test
    void prf_nothingToFind_isPerfect() {
        Prf p = Prf.of(0, 0, 0);
        assertEquals(1.0, p.precision());
        assertEquals(1.0, p.recall());
        Prf q = Prf.of(9, 1, 0);
        assertEquals(0.9, q.precision(), 1e-9);
        assertEquals(2 * 0.9 / 1.9, q.f1(), 1e-9);
    }
}
