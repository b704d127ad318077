package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Block;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;
import org.selfeval.testing.TestReports;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.selfeval.testing.TestReports.row;

class GradeCheckTest {

    /** The builder's 总分 is 99.78 → 优. */
    private static List<Finding> run(SelfEvalTableBuilder b, RuleProfile profile, Block... extra) {
        List<Block> blocks = new ArrayList<>(List.of(extra));
        if (b != null) {
            blocks.add(TestReports.tableTitle("2024年度部门整体支出绩效自评表"));
            blocks.add(b.table());
        }
        return new GradeCheck().run(TestReports.context(TestReports.document(blocks), profile, List.of()));
    }

    private static List<Finding> run(SelfEvalTableBuilder b, String prose) {
        return run(b, TestReports.profile(), TestReports.paragraph(prose));
    }

    @Test
    void statedGradeMatchesBand_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder(), "经综合评价，本部门自评等级为“优”。"));
        assertEquals(List.of(), run(new SelfEvalTableBuilder(), "自评结果为优秀。"));
    }

    @Test
    void statedGradeOffBand_info() {
        List<Finding> f = run(new SelfEvalTableBuilder(), "经综合评价，本部门自评等级为“良”。");
        assertEquals(1, f.size());
        assertEquals("GRADE_MISMATCH", f.get(0).code());
        assertEquals("T14", f.get(0).rule());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(99.78, f.get(0).actual());
        assertTrue(f.get(0).message().contains("“良”") && f.get(0).message().contains("“优”"), f.get(0).message());
    }

    @Test
    void boundaryScores_followTheBands() {
        List<RuleProfile.Grade> grades = TestReports.profile().scoring().grades();
        assertEquals("优", GradeCheck.band(grades, 90));
        assertEquals("良", GradeCheck.band(grades, 89.99));
        assertEquals("良", GradeCheck.band(grades, 80));
        assertEquals("中", GradeCheck.band(grades, 60));
        assertEquals("差", GradeCheck.band(grades, 59.5));
    }

    @Test
    void noStatedGrade_silent() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.totalScore = "75";
        // Words that contain grade characters are not statements of a grade.
        assertEquals(List.of(), run(b, "优化营商环境，良好的中期评估结果中，差异不大。"));
        assertEquals(List.of(), run(b, "部门整体支出绩效自评结果拟应用和公开情况。"));
    }

    @Test
    void scoreInTheSameSentence_usedWithoutForm() {
        List<Finding> f = run(null, "本项目自评得分85分，评价等级为优。");
        assertEquals(1, f.size());
        assertEquals(85.0, f.get(0).actual());
        assertEquals(List.of(), run(null, "本项目自评得分85分，评价等级为良。"));
    }

    @Test
    void gradeInFormCells() {
        var table = TestReports.table(2, row("自评等级", "良"));
        assertEquals(1, run(new SelfEvalTableBuilder(), TestReports.profile(), table).size());
        var inline = TestReports.table(2, row("评价等级：优", ""));
        assertEquals(List.of(), run(new SelfEvalTableBuilder(), TestReports.profile(), inline));
    }

    @Test
    void bandsComeFromConfig() {
        RuleProfile strict = TestReports.profile(s -> new RuleProfile.Scoring(s.completeness(), s.weights(),
                s.execScoreRule(), s.execScoreSeverity(), s.reverseRule(), s.qualBands(), s.overachieveRatio(),
                s.execRateExplainBelow(), List.of(new RuleProfile.Grade(100, "优"), new RuleProfile.Grade(0, "良"))));
        assertEquals(List.of(), run(new SelfEvalTableBuilder(), strict, TestReports.paragraph("自评等级为良。")));
    }
}
