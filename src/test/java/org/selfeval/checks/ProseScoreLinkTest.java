package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.checks.text.TextTableCheck;
import org.selfeval.model.Figure;
import org.selfeval.model.Finding;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** X13: the score the prose states against the 自评表 总分 (the builder's 总分 is 99.78). */
class ProseScoreLinkTest {

    private static List<Finding> run(String sentence, double stated, String canonical) {
        Figure score = new Figure("自评得分", null, stated, "分", null, false, "text", 1, sentence,
                null, null, null, null, null, false, canonical);
        var doc = TestReports.document(TestReports.paragraph(sentence),
                TestReports.tableTitle("2024年度部门整体支出绩效自评表"), new SelfEvalTableBuilder().table());
        return new TextTableCheck().run(TestReports.context(doc, TestReports.profile(), List.of(score)));
    }

    @Test
    void statedScoreEqualsTotal_silent() {
        assertTrue(run("本部门绩效自评得分99.78分", 99.78, "总分").isEmpty());
    }

    @Test
    void statedScoreDiffers_errorWithBothScores() {
        List<Finding> out = run("本部门绩效自评得分97.78分", 97.78, "总分");
        assertEquals(1, out.size(), out::toString);
        assertEquals("X13", out.get(0).rule());
        List<Double> values = out.get(0).values().stream().map(Finding.Value::value).toList();
        assertTrue(values.contains(97.78) && values.contains(99.78), values::toString);
    }

    @Test
    void scoreOfSomethingElse_notCompared() {
        assertTrue(run("产出指标得分40分", 40, "得分").isEmpty());
    }
}
