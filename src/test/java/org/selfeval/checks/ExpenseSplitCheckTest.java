package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ExpenseSplitCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new ExpenseSplitCheck().run(b.context());
    }

    @Test
    void basicPlusProjectEqualsExecuted_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void partsDisagree_error() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.expense = new String[]{"193.13", "600"};
        Finding f = run(b).get(0);
        assertEquals("T4", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(860.9, f.expected());
        assertEquals(793.13, f.actual());
    }

    @Test
    void toleranceBand_noneThenInfo() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.expense = new String[]{"193.14", "667.77"};
        assertEquals(List.of(), run(b));
        b.expense = new String[]{"193.16", "667.77"};
        assertEquals(Severity.INFO, run(b).get(0).severity());
    }

    @Test
    void onePartBlank_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.expense = new String[]{"193.13", ""};
        assertEquals(List.of(), run(b));
    }
}
