package org.selfeval.checks;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TemplateDashCheckTest {

    private static List<Finding> run(BaseDataTableBuilder b) {
        return new TemplateDashCheck().run(b.context());
    }

    private static BaseDataTableBuilder withAdjustmentRow() {
        BaseDataTableBuilder b = new BaseDataTableBuilder();
        b.money.put("部门基本支出预算调整", new String[]{"——", "", ""});
        return b;
    }

    @Test
    void dashesAndBlanks_noFinding() {
        assertEquals(List.of(), run(withAdjustmentRow()));
        assertEquals(List.of(), run(withAdjustmentRow().set("政府采购金额", 0, "—").set("部门基本支出预算调整", 0, "－－")));
        assertEquals(List.of(), run(withAdjustmentRow().set("政府采购金额", 0, "")));
    }

    @Test
    void amountInDashCell_info() {
        List<Finding> f = run(withAdjustmentRow().set("政府采购金额", 0, "12.5"));
        assertEquals(1, f.size());
        assertEquals("TEMPLATE_CELL_FILLED", f.get(0).code());
        assertEquals("B7", f.get(0).rule());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("2023年决算数") && f.get(0).message().contains("12.5"), f.get(0).message());
        assertEquals(1, run(withAdjustmentRow().set("部门基本支出预算调整", 0, "3")).size());
    }

    @Test
    void otherColumnsOfTheseRows_mayHoldAmounts() {
        assertEquals(List.of(), run(withAdjustmentRow().set("政府采购金额", 1, "40").set("政府采购金额", 2, "38.2")));
    }
}
