package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Period keys of prose figures from the sentence text before them. */
class PeriodKeyTest {

    @Test
    void figureAfterComparisonWithLastYear_isThisYears() {
        assertEquals("", TextFigures.periodKey(null, "与上年52.6万元相比，业务经费支出", 2024));
        assertEquals("", TextFigures.periodKey(null, "较上年有所下降，日常公用经费", 2024));
    }

    @Test
    void figureNamedAsLastYears_isLastYears() {
        assertEquals("上年", TextFigures.periodKey(null, "上年业务经费支出", 2024));
        assertEquals("上年", TextFigures.periodKey("上年", "与上年", 2024));
    }
}
