package org.selfeval.eval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.engine.ReportResult;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.sections.SectionReport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileScoreTest {

    private static final SectionReport.Completeness FULL = new SectionReport.Completeness(8, 8, 7, 7);

    static Gold gold(List<Gold.Expected> expected, List<Gold.Allowed> allowed, List<Gold.MissingPart> missing,
                     SectionReport.Completeness completeness, boolean clean) {
        return new Gold("a.pdf", "pdf", "v", "hn-yy-dept-2020", clean, expected, allowed, missing, completeness);
    }

    static ReportResult result(String profile, List<Finding> findings, List<SectionReport.Missing> missing,
                               SectionReport.Completeness completeness) {
        ReportResult.Report report = new ReportResult.Report("t", null, null, 2024, null, profile, 1, false, "pdf", null);
        return new ReportResult("a.pdf", "ok", "x", null, report, List.of(), missing, completeness, List.of(), findings);
    }

    static Finding finding(String code, String rule, Severity s) {
        return new Finding(code, s, rule, "m", List.of(), null, null);
    }

    @Test
    void matchingFinding_isTruePositive() {
        FileScore s = FileScore.of(gold(List.of(new Gold.Expected("SUM_MISMATCH", "T5", Severity.ERROR, "n")), List.of(),
                List.of(), FULL, false), result("hn-yy-dept-2020", List.of(finding("SUM_MISMATCH", "T5", Severity.ERROR)),
                List.of(), FULL));
        assertEquals(1, s.truePositives().size());
        assertTrue(s.falseNegatives().isEmpty());
        assertTrue(s.falsePositives().isEmpty());
        assertTrue(s.completenessExact());
        assertTrue(s.profileRight());
    }

    @Test
    void wrongRuleOrTooLowSeverity_isMissNotFalseAlarm() {
        Gold g = gold(List.of(new Gold.Expected("SUM_MISMATCH", "T5", Severity.ERROR, "n")), List.of(), List.of(), FULL, false);
        FileScore weak = FileScore.of(g, result("hn-yy-dept-2020",
                List.of(finding("SUM_MISMATCH", "T5", Severity.WARNING)), List.of(), FULL));
        assertEquals(1, weak.falseNegatives().size());
        assertTrue(weak.falsePositives().isEmpty());
        FileScore other = FileScore.of(g, result("hn-yy-dept-2020",
                List.of(finding("SUM_MISMATCH", "B2", Severity.ERROR)), List.of(), FULL));
        assertEquals(1, other.falseNegatives().size());
        assertEquals(1, other.falsePositives().size());
    }

    @Test
    void ruleTokens_matchCombinedRuleIds() {
        assertTrue(FileScore.matches("SCORE_MISMATCH", "T11", finding("SCORE_MISMATCH", "T11/T15", Severity.WARNING)));
        assertFalse(FileScore.matches("SCORE_MISMATCH", "T1", finding("SCORE_MISMATCH", "T11", Severity.WARNING)));
        assertTrue(FileScore.matches("SCORE_MISMATCH", null, finding("SCORE_MISMATCH", null, Severity.WARNING)));
    }

    @Test
    void allowedFinding_isNoFalseAlarmUnlessTooSevere() {
        Gold g = gold(List.of(), List.of(new Gold.Allowed("CONFLICTING_VALUES", null, Severity.WARNING)), List.of(),
                FULL, true);
        assertTrue(FileScore.of(g, result("hn-yy-dept-2020",
                List.of(finding("CONFLICTING_VALUES", "X6", Severity.WARNING)), List.of(), FULL)).falsePositives().isEmpty());
        assertEquals(1, FileScore.of(g, result("hn-yy-dept-2020",
                List.of(finding("CONFLICTING_VALUES", "X6", Severity.ERROR)), List.of(), FULL)).falsePositives().size());
    }

    @Test
    void duplicateOfMatchedFinding_andInfo_areIgnored() {
        Gold g = gold(List.of(new Gold.Expected("SUM_MISMATCH", "B2", Severity.ERROR, "n")), List.of(), List.of(), FULL, false);
        FileScore s = FileScore.of(g, result("hn-yy-dept-2020", List.of(finding("SUM_MISMATCH", "B2", Severity.ERROR),
                finding("SUM_MISMATCH", "B2", Severity.ERROR), finding("NUMBERING", "P", Severity.INFO)), List.of(), FULL));
        assertEquals(1, s.truePositives().size());
        assertTrue(s.falsePositives().isEmpty());
    }

    @Test
    void missingParts_scoredAsSets_andCompletenessCompared() {
        Gold.MissingPart p7 = new Gold.MissingPart("section", "存在的问题及原因分析");
        Gold.MissingPart a1 = new Gold.MissingPart("attachment", "部门整体支出绩效评价基础数据表");
        Gold g = gold(List.of(), List.of(), List.of(p7, a1), new SectionReport.Completeness(6, 8, 5, 7), false);
        FileScore s = FileScore.of(g, result("hn-proj-unit", List.of(),
                List.of(new SectionReport.Missing("section", "存在的问题及原因分析", "P7"),
                        new SectionReport.Missing("section", "下一步改进措施", "P8")),
                new SectionReport.Completeness(4, 8, 7, 7)));
        assertEquals(1, s.missingTp().size());
        assertEquals(1, s.missingFn().size());
        assertEquals(1, s.missingFp().size());
        assertFalse(s.completenessExact());
        assertFalse(s.profileRight());
    }

    @Test
    void failedFile_missesEverything() {
        Gold g = gold(List.of(new Gold.Expected("SUM_MISMATCH", "T5", Severity.ERROR, "n")), List.of(), List.of(), FULL, false);
        FileScore s = FileScore.of(g, null);
        assertTrue(s.failed());
        assertEquals(1, s.falseNegatives().size());
        assertFalse(s.completenessExact());
    }
}
