package org.selfeval.report;

import org.junit.jupiter.api.Test;
import org.selfeval.config.ConfigLoader;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingWordingTest {

    private static Finding.Value table(String label, double v) {
        return new Finding.Value(label, v, "万元", "table", 6, null);
    }

    @Test
    void aComputedSumAgainstAPrintedTotal_saysWhatTheComputationGives() {
        Finding f = new Finding("SUM_MISMATCH", Severity.ERROR, "T5", "…",
                List.of(table("一般公共预算", 860.02), table("其他资金", 0.47), table("年度资金总额", 860.9)), 860.9, 860.49);
        assertEquals("按计算应为 860.49，报告为 860.9", FindingWording.comparison(f));
    }

    @Test
    void twoPrintedValues_neitherIsCalledRight() {
        Finding f = new Finding("TEXT_TABLE_MISMATCH", Severity.ERROR, "X1", "…",
                List.of(table("在职人数", 13), new Finding.Value("在职人数", 10, "人", "text", 2, null)), 13.0, 10.0);
        assertEquals("一处为 13，另一处为 10", FindingWording.comparison(f));
    }

    @Test
    void valuesInYuan_matchTheirWanComparison() {
        Finding f = new Finding("CONFLICTING_VALUES", Severity.WARNING, "X6", "…",
                List.of(new Finding.Value("工资福利支出", 1166600, "元", "text", 2, null),
                        new Finding.Value("工资福利支出", 177.57, "万元", "text", 3, null)), 116.66, 177.57);
        assertEquals("一处为 116.66，另一处为 177.57", FindingWording.comparison(f));
    }

    @Test
    void noComparedNumbers_noLine() {
        assertEquals("", FindingWording.comparison(new Finding("NUMBERING", Severity.INFO, "N1", "…", List.of(), null, null)));
    }

    @Test
    void codesHaveChineseNames_andFiltersTakeEither() {
        FindingCodes codes = FindingCodes.load(ConfigLoader.configDir());
        assertEquals("合计不一致", codes.name("SUM_MISMATCH"));
        assertEquals("SUM_MISMATCH", codes.resolve("合计不一致").orElseThrow());
        assertEquals("SUM_MISMATCH", codes.resolve("sum_mismatch").orElseThrow());
        assertTrue(codes.resolve("不存在的名称").isEmpty());
        assertEquals("NEW_CODE", codes.name("NEW_CODE"));
        // Every code the checks emit has a name (a reviewer never sees an English code).
        Map<String, String> all = codes.all();
        for (String code : List.of("SUM_MISMATCH", "RATIO_MISMATCH", "DIFF_MISMATCH", "TEXT_TABLE_MISMATCH",
                "CONFLICTING_VALUES", "SCORE_MISMATCH", "WEIGHT_MISMATCH", "DEVIATION_UNEXPLAINED",
                "CROSS_YEAR_MISMATCH", "YEAR_MISMATCH", "GRADE_MISMATCH", "TEMPLATE_CELL_FILLED", "NUMBERING")) {
            assertTrue(all.containsKey(code), code);
        }
    }
}
