package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CostTargetCheckTest {

    private static List<Finding> run(SelfEvalTableBuilder b) {
        return new CostTargetCheck().run(b.context());
    }

    @Test
    void costTargetIsFullBudget_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder()));
    }

    @Test
    void costTargetIsInitialBudget_warning() {
        Finding f = run(new SelfEvalTableBuilder().set(2, 3, "≤281.98万元")).get(0);
        assertEquals("T15", f.rule());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(880.57, f.expected());
        assertEquals(281.98, f.actual());
        assertEquals(List.of(281.98, 860.9, 880.57, 281.98, 860.9),
                f.values().stream().map(Finding.Value::value).toList(), "指标值, 实际完成值, then the budget cells");
        assertEquals("万元", f.values().get(2).unit());
    }

    @Test
    void itemCostUnrelatedToTotal_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(2, 2, "培训成本").set(2, 3, "≤5万元").set(2, 4, "4.8万元")));
    }

    @Test
    void targetWithinRoundingOfFullBudget_noFinding() {
        assertEquals(List.of(), run(new SelfEvalTableBuilder().set(2, 3, "≤880.6万元")));
    }
}
