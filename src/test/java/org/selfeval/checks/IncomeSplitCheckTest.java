package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class IncomeSplitCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new IncomeSplitCheck().run(b.context());
    }

    @Test
    void splitAddsUp_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void seedSplit_errorWithBothSides() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.income = new String[]{"860.02", "", "", "0.47"};
        Finding f = run(b).get(0);
        assertEquals("SUM_MISMATCH", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("T5", f.rule());
        assertEquals(860.9, f.expected());
        assertEquals(860.49, f.actual());
        assertEquals(List.of(860.02, 0.47, 860.9), f.values().stream().map(Finding.Value::value).toList());
    }

    @Test
    void differenceWithinMoneyTolerance_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.income = new String[]{"860.42", "", "", "0.47"};
        assertEquals(List.of(), run(b));
    }

    @Test
    void differenceWithinRoundingTolerance_info() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.income = new String[]{"860.40", "", "", "0.47"};
        assertEquals(Severity.INFO, run(b).get(0).severity());
        b.income = new String[]{"860.37", "", "", "0.47"};
        assertEquals(Severity.ERROR, run(b).get(0).severity());
    }

    @Test
    void splitOfBudgetFigures_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.income = new String[]{"880.10", "", "", "0.47"};
        assertEquals(List.of(), run(b));
    }

    @Test
    void blankSplit_noFinding() {
        SelfEvalTableBuilder b = new SelfEvalTableBuilder();
        b.income = new String[]{"", "", "", ""};
        assertEquals(List.of(), run(b));
    }
}
