package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Block;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.profile.RuleProfile;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class BudgetAdjustmentCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b, RuleProfile profile, String... prose) {
        List<Block> blocks = new java.util.ArrayList<>();
        for (String p : prose) {
            blocks.add(TestReports.paragraph(p));
        }
        blocks.add(TestReports.tableTitle("2024年度部门整体支出绩效自评表"));
        blocks.add(b.table());
        return new BudgetAdjustmentCheck().run(TestReports.context(TestReports.document(blocks), profile, List.of()));
    }

    private static List<Finding> run(SelfEvalTableBuilder b, String... prose) {
        return run(b, TestReports.profile(), prose);
    }

    @Test
    void adjustedBudget_noExplanation_warningWithBothNumbersAndChange() {
        List<Finding> f = run(new SelfEvalTableBuilder(), "2024年全年支出860.9万元。");
        assertEquals(1, f.size());
        Finding t13 = f.get(0);
        assertEquals("DEVIATION_UNEXPLAINED", t13.code());
        assertEquals("T13", t13.rule());
        assertEquals(Severity.WARNING, t13.severity());
        assertEquals(281.98, t13.expected());
        assertEquals(880.57, t13.actual());
        assertTrue(t13.message().contains("880.57") && t13.message().contains("281.98")
                && t13.message().contains("调增598.59万元"), t13.message());
        assertEquals(List.of(281.98, 880.57), t13.values().stream().map(Finding.Value::value).toList());
    }

    @Test
    void seedWording_explains() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder(),
                "由于目前的预算管理在编制和实施中还存在编制不细、追加或减少预算等现象，因此预算执行的准确性还有待加强。"));
    }

    @Test
    void reductionExplained_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.initial = "900";
        assertEquals(List.of(), run(b, "因项目延期，年中调减预算19.43万元。"));
    }

    @Test
    void keywordWithoutContext_doesNotExplain() {
        assertEquals(1, run(new SelfEvalTableBuilder(), "推动产业结构调整，工业经济平稳向好。").size());
    }

    @Test
    void sameBudget_orWithinTolerance_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.initial = "880.57";
        assertEquals(List.of(), run(b));
        b.initial = "880.56";
        assertEquals(List.of(), run(b));
    }

    @Test
    void reductionUnexplained_saysReduced() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.initial = "900";
        Finding f = run(b).get(0);
        assertTrue(f.message().contains("调减19.43万元"), f.message());
    }

    @Test
    void keywordsComeFromConfig() {
        RuleProfile onlyTopUp = TestReports.profileWithRules(r -> new RuleProfile.Rules(
                new RuleProfile.BudgetAdjustment(List.of("追加"), List.of("预算")), r.gradeStatement(), r.templateDashes()));
        assertEquals(1, run(new SelfEvalTableBuilder(), onlyTopUp, "年中调减预算19.43万元。").size());
        assertEquals(List.of(), run(new SelfEvalTableBuilder(), onlyTopUp, "年中追加预算598.59万元。"));
    }
}
