package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitNameCheckTest {

    private static List<Finding> run(String department) {
        return new UnitNameCheck().run(new TextFixture()
                .block(TestReports.tableTitle("2024年度部门整体支出绩效自评表"))
                .block(SeedLikeForms.selfEval(department, "860.9", "193.13", "667.77")).context());
    }

    @Test
    void sameName_silent() {
        assertTrue(run("岳阳市君山区科技和工业信息化局").isEmpty());
    }

    @Test
    void spacesPunctuationAndSeal_ignored() {
        assertTrue(run("岳阳市君山区 科技和工业信息化局（盖章）").isEmpty());
    }

    @Test
    void shorterNameContained_silent() {
        assertTrue(run("君山区科技和工业信息化局").isEmpty());
    }

    @Test
    void otherUnit_warning() {
        List<Finding> out = run("岳阳市君山区农业农村局");
        assertEquals(1, out.size());
        assertEquals("X12", out.get(0).rule());
        assertEquals(Severity.WARNING, out.get(0).severity());
    }

    @Test
    void noSelfEvalForm_silent() {
        assertTrue(new UnitNameCheck().run(new TextFixture().context()).isEmpty());
    }
}
