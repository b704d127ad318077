package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.selfeval.testing.TestReports;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Consistent forms give no finding from any table check; no forms at all give none either. */
class ConsistentFormsTest {

    private final Checker checker = new Checker(Checks.standard());

    @Test
    void consistentSelfEvalForm_noFindings() {
        // The form's 全年预算数 differs from its 年初预算数, so the prose explains the adjustment (T13).
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        List<Finding> f = checker.run(TestReports.context(TestReports.document(
                TestReports.paragraph("年中追加预算598.59万元，全年预算880.57万元。"),
                TestReports.tableTitle("2024年度部门整体支出绩效自评表"), b.table())));
        assertEquals(List.of(), f.stream().filter(x -> x.severity() != Severity.INFO).toList());
    }

    @Test
    void consistentBaseDataForm_noFindings() {
        assertEquals(List.of(), checker.run(new BaseDataTableBuilder().context()));
    }

    @Test
    void documentWithoutForms_noFindings() {
        assertEquals(List.of(), checker.run(TestReports.context(TestReports.paragraph("正文"),
                TestReports.table(TestReports.row("a", "b"), TestReports.row("1", "2")))));
    }
}
