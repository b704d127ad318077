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
        List<Finding> f = checker.run(new SelfEvalTableBuilder().context());
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
