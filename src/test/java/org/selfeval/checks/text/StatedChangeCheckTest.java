package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatedChangeCheckTest {

    private static TextFixture change(String delta) {
        return new TextFixture()
                .paragraph("2024年“三公经费”实际完成0.31万元，其中：公务用车运行维护费0万元；公务接待费0.31万元，比上年减少" + delta + "万元，减少的主要原因是厉行节约。")
                .money("三公经费", 0.31, "实际完成", "2024年“三公经费”实际完成0.31万元")
                .money("公务用车运行维护费", 0, null, "其中：公务用车运行维护费0万元")
                .money("公务接待费", 0.31, null, "公务接待费0.31万元")
                .money("公务接待费", Double.parseDouble(delta), "比上年减少", "比上年减少" + delta + "万元");
    }

    private static StatedChangeCheck withTablePrevious(double prev) {
        return new StatedChangeCheck((label, ctx) -> label.equals(Labels.RECEPTION)
                ? Optional.of(new Finding.Value("公务接待·2023年决算数", prev, "万元", "table", 6, null))
                : Optional.empty());
    }

    @Test
    void changeMatchesTable_silent() {
        assertTrue(withTablePrevious(0.66).run(change("0.35").context()).isEmpty());
    }

    @Test
    void changeOff_error() {
        List<Finding> out = withTablePrevious(0.66).run(change("0.45").context());
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("DIFF_MISMATCH", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(0.35, f.expected());
        assertEquals(0.45, f.actual());
    }

    @Test
    void changeOffByRounding_info() {
        List<Finding> out = withTablePrevious(0.66).run(change("0.38").context());
        assertEquals(Severity.INFO, out.get(0).severity());
    }

    @Test
    void previousInSameSentence_used() {
        TextFixture f = new TextFixture().paragraph("公务接待费0.31万元，比上年的0.66万元减少0.25万元。")
                .money("公务接待费", 0.31, null, "公务接待费0.31万元");
        List<Finding> out = new StatedChangeCheck().run(f.context());
        assertEquals(1, out.size());
        assertEquals(0.35, out.get(0).expected());
    }

    @Test
    void increase_isCurrentMinusPrevious() {
        TextFixture f = new TextFixture().paragraph("公务接待费0.96万元，比上年的0.66万元增加0.3万元。")
                .money("公务接待费", 0.96, null, "公务接待费0.96万元");
        assertTrue(new StatedChangeCheck().run(f.context()).isEmpty());
    }

    @Test
    void previousFromProse_used() {
        TextFixture f = change("0.45").paragraph("2023年公务接待费0.66万元。")
                .money("公务接待费", 0.66, "2023年", "2023年公务接待费0.66万元");
        assertEquals(1, new StatedChangeCheck().run(f.context()).size());
    }

    @Test
    void previousFromBaseDataTable_previousYearColumn() {
        TextFixture f = change("0.45").block(org.selfeval.testing.TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表"))
                .block(SeedLikeForms.baseData());
        List<Finding> out = new StatedChangeCheck(TableLinks::previousYear).run(f.context());
        assertEquals(1, out.size());
        assertEquals(0.35, out.get(0).expected());
        assertTrue(new StatedChangeCheck(TableLinks::previousYear).run(change("0.35")
                .block(org.selfeval.testing.TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表"))
                .block(SeedLikeForms.baseData()).context()).isEmpty());
    }

    @Test
    void noPreviousValue_silent() {
        assertTrue(new StatedChangeCheck().run(change("0.45").context()).isEmpty());
    }

    @Test
    void bracketedPreviousInNextSentence_error_withAllThreeValues() {
        TextFixture f = new TextFixture().paragraph("2022年全年支出900万元，主要用于日常运转。全年支出比上年（850万元）减少20万元，主要是压减开支。");
        List<Finding> out = new StatedChangeCheck().run(f.context());
        assertEquals(1, out.size());
        assertEquals(List.of(850.0, 900.0, 20.0), out.get(0).values().stream().map(Finding.Value::value).toList());
    }

    @Test
    void balanceConsistent_silent_andOff_error() {
        assertTrue(new StatedChangeCheck().run(new TextFixture()
                .paragraph("项目全年预算数60万元，实际支出55万元，结余资金5万元。").context()).isEmpty());
        assertEquals(1, new StatedChangeCheck().run(new TextFixture()
                .paragraph("项目全年预算数60万元，实际支出55万元，结余资金6万元。").context()).size());
    }

    @Test
    void balanceAfterSpentSoFar_offIsFound() {
        assertTrue(new StatedChangeCheck().run(new TextFixture()
                .paragraph("全年预算80万元中，已支出70万元，剩余结余资金10万元。").context()).isEmpty());
        assertEquals(1, new StatedChangeCheck().run(new TextFixture()
                .paragraph("全年预算80万元中，已支出70万元，剩余结余资金12.5万元。").context()).size());
    }

    @Test
    void tableReferenceOfUnresolvedScale_silent() {
        StatedChangeCheck check = new StatedChangeCheck((label, ctx) -> Optional.of(
                new Finding.Value("公务接待·上年决算数", 6600, null, "table", 6, null)));
        assertTrue(check.run(change("0.45").context()).isEmpty());
    }

    @Test
    void currentInSentenceWrappedOverPdfLines_read() {
        // A PDF line break cuts the previous sentence before its full stop; the pieces are one sentence.
        TextFixture f = new TextFixture()
                .paragraph("2023年全年支出1,500.00万元，其中：工资福利支出600万元；商品和服务")
                .paragraph("支出900万元。全年支出比上年（1,400.00万元）增加120万元，主要是新增人员。");
        List<Finding> out = new StatedChangeCheck().run(f.context());
        assertEquals(1, out.size(), out::toString);
        assertEquals(List.of(1400.0, 1500.0, 120.0), out.get(0).values().stream().map(Finding.Value::value).toList());
    }
}
