package org.selfeval.structure;

import org.junit.jupiter.api.Test;
import org.selfeval.model.NumberingScheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumberingTokenTest {

    @Test
    void chineseTopLevel_parsesValueAndRest() {
        NumberingToken t = NumberingToken.parse("十、其他需要说明的情况");
        assertEquals(NumberingScheme.CHINESE, t.scheme());
        assertEquals(10, t.value());
        assertEquals("其他需要说明的情况", t.rest());
    }

    @Test
    void chineseParenWithTrailingComma_isOneToken() {
        NumberingToken t = NumberingToken.parse("（一）、单位职能");
        assertEquals(NumberingScheme.CHINESE_PAREN, t.scheme());
        assertEquals(1, t.value());
        assertEquals("（一）、", t.token());
        assertEquals("单位职能", t.rest());
    }

    @Test
    void arabicVariants_allRecognised() {
        assertEquals(NumberingScheme.ARABIC, NumberingToken.parse("1、2024年经费整体支出情况。").scheme());
        assertEquals(NumberingScheme.ARABIC, NumberingToken.parse("2.资金使用方向").scheme());
        assertEquals(NumberingScheme.ARABIC_PAREN, NumberingToken.parse("(1)负责拟订").scheme());
        assertEquals(NumberingScheme.ARABIC_PAREN, NumberingToken.parse("（12）完成其他任务").scheme());
        assertEquals(12, NumberingToken.parse("（12）完成其他任务").value());
        assertEquals(NumberingScheme.ARABIC_PAREN, NumberingToken.parse("3）项目").scheme());
    }

    @Test
    void decimalAmount_isNotANumber() {
        assertNull(NumberingToken.parse("1.5万元用于办公"));
        assertNull(NumberingToken.parse("2024年全年支出860.9万元"));
    }

    @Test
    void chineseNumerals_convert() {
        assertEquals(1, NumberingToken.chineseValue("一"));
        assertEquals(10, NumberingToken.chineseValue("十"));
        assertEquals(12, NumberingToken.chineseValue("十二"));
        assertEquals(20, NumberingToken.chineseValue("二十"));
        assertEquals(23, NumberingToken.chineseValue("二十三"));
        assertEquals(-1, NumberingToken.chineseValue("十十"));
    }

    @Test
    void plainProse_hasNoToken() {
        assertNull(NumberingToken.parse("一是聚焦运行监测，工业经济平稳向好。"));
        assertNull(NumberingToken.parse("目标1、聚焦运行监测"));
    }
}
