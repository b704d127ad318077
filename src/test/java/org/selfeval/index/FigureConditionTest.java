package org.selfeval.index;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureConditionTest {

    @Test
    void percentCondition_parsesLabelOpValueUnit() {
        assertEquals(new FigureCondition("预算执行率", "<", 90, "%"), FigureCondition.parse("预算执行率<90%"));
    }

    @Test
    void moneyInYuan_normalisedToWan() {
        FigureCondition c = FigureCondition.parse("三公经费 > 15000元");
        assertEquals("三公经费", c.label());
        assertEquals(">", c.op());
        assertEquals(1.5, c.value(), 1e-12);
        assertEquals("万元", c.unit());
        assertEquals(new FigureCondition("三公经费", ">", 1, "万元"), FigureCondition.parse("三公经费>1万元"));
        assertEquals(20_000, FigureCondition.parse("全年支出>=2亿元").value(), 1e-9);
    }

    @Test
    void twoCharAndFullWidthOperators_normalised() {
        assertEquals(">=", FigureCondition.parse("执行率>=95%").op());
        assertEquals(">=", FigureCondition.parse("执行率≥95％").op());
        assertEquals("%", FigureCondition.parse("执行率≥95％").unit());
        assertEquals("<=", FigureCondition.parse("执行率≤95").op());
        assertEquals("<", FigureCondition.parse("执行率＜95").op());
        assertEquals("=", FigureCondition.parse("在职人数=12人").op());
        assertEquals(1234.5, FigureCondition.parse("全年支出>1,234.5万元").value(), 1e-9);
    }

    @Test
    void missingUnit_matchesAnyUnit() {
        FigureCondition c = FigureCondition.parse("执行率>95");
        assertEquals("", c.unit());
        assertTrue(c.unitMatches("%"));
        assertFalse(FigureCondition.parse("执行率>95%").unitMatches("万元"));
    }

    @Test
    void operators_testBoundaries() {
        assertTrue(FigureCondition.parse("x>=95").test(95));
        assertFalse(FigureCondition.parse("x>95").test(95));
        assertTrue(FigureCondition.parse("x<95").test(94.99));
        assertFalse(FigureCondition.parse("x<=95").test(95.01));
        assertTrue(FigureCondition.parse("x=0.1").test(0.1));
    }

    @Test
    void garbage_rejectedWithExpression() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureCondition.parse("执行率很高"));
        assertTrue(e.getMessage().contains("执行率很高"));
        assertThrows(IllegalArgumentException.class, () -> FigureCondition.parse(">90%"));
        assertThrows(IllegalArgumentException.class, () -> FigureCondition.parse(null));
    }

    @Test
    void canonicalLabel_replacesKnownLabelOnly() {
        Map<String, String> synonyms = Map.of("执行率", "预算执行率");
        FigureCondition c = FigureCondition.parse("执行率>95%").withCanonicalLabel(synonyms::get);
        assertEquals("预算执行率", c.label());
        FigureCondition unknown = FigureCondition.parse("其他>1");
        assertSame(unknown, unknown.withCanonicalLabel(synonyms::get));
    }
}
