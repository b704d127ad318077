package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictingValuesCheckTest {

    private static final String P1 = "2024年全年支出860.9万元，其中工资福利支出116.66万元；商品服务支出182.61万元。";
    private static final String P2 = "2024年基本支出193.13万元，其中：工资福利支出177.57万元，占基本支出的91.94%。";

    @Test
    void sameLabelTwoValues_warns() {
        List<Finding> out = new ConflictingValuesCheck().run(new TextFixture().paragraph(P1).paragraph(P2)
                .money("全年支出", 860.9, "2024年", "2024年全年支出860.9万元")
                .money("工资福利支出", 116.66, null, "其中工资福利支出116.66万元")
                .money("基本支出", 193.13, "2024年", "2024年基本支出193.13万元")
                .money("工资福利支出", 177.57, null, "其中：工资福利支出177.57万元").context());
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("CONFLICTING_VALUES", f.code());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(116.66, f.expected());
        assertEquals(177.57, f.actual());
        assertEquals(2, f.values().size());
    }

    @Test
    void smallerValueInNarrowerScope_silent() {
        assertTrue(new ConflictingValuesCheck().run(new TextFixture().paragraph(P1)
                .paragraph("2024年基本支出193.13万元，其中：商品和服务支出15.56万元。")
                .money("全年支出", 860.9, "2024年", "2024年全年支出860.9万元")
                .money("商品服务支出", 182.61, null, "商品服务支出182.61万元")
                .money("基本支出", 193.13, "2024年", "2024年基本支出193.13万元")
                .money("商品和服务支出", 15.56, null, "其中：商品和服务支出15.56万元").context()).isEmpty());
    }

    @Test
    void sameValueRepeated_silent() {
        assertTrue(new ConflictingValuesCheck().run(new TextFixture().paragraph(P1).paragraph("项目支出为667.77万元。")
                .paragraph("2024年项目支出为667.77万元。")
                .money("项目支出", 667.77, null, "项目支出为667.77万元")
                .money("项目支出", 667.77, "2024年", "2024年项目支出为667.77万元").context()).isEmpty());
    }

    @Test
    void synonymsWithDifferentValues_warn() {
        List<Finding> out = new ConflictingValuesCheck().run(new TextFixture()
                .paragraph("商品服务支出182.61万元。").paragraph("商品和服务支出15.56万元。")
                .money("商品服务支出", 182.61, null, "商品服务支出182.61万元")
                .money("商品和服务支出", 15.56, null, "商品和服务支出15.56万元").context());
        assertEquals(1, out.size());
    }

    @Test
    void budgetVersusActual_silent() {
        assertTrue(new ConflictingValuesCheck().run(new TextFixture()
                .paragraph("2024年“三公经费”预算1.2万元，其中：公务接待1.2万元、因公出国（境）费0万元。")
                .paragraph("2024年“三公经费”实际完成0.31万元，其中：公务接待费0.31万元，比上年减少0.35万元。")
                .money("三公经费", 1.2, "2024年预算", "2024年“三公经费”预算1.2万元")
                .money("公务接待", 1.2, null, "其中：公务接待1.2万元")
                .money("三公经费", 0.31, "实际完成", "2024年“三公经费”实际完成0.31万元")
                .money("公务接待费", 0.31, null, "其中：公务接待费0.31万元")
                .money("公务接待费", 0.35, "比上年减少", "比上年减少0.35万元").context()).isEmpty());
    }

    @Test
    void differentYears_silent() {
        assertTrue(new ConflictingValuesCheck().run(new TextFixture()
                .paragraph("2023年公务接待费0.66万元。").paragraph("2024年公务接待费0.31万元。")
                .money("公务接待费", 0.66, "2023年", "2023年公务接待费0.66万元")
                .money("公务接待费", 0.31, "2024年", "2024年公务接待费0.31万元").context()).isEmpty());
    }

    @Test
    void differenceWithinRounding_silent() {
        assertTrue(new ConflictingValuesCheck().run(new TextFixture()
                .paragraph("基本支出193.13万元。").paragraph("基本支出193.1万元。")
                .money("基本支出", 193.13, null, "基本支出193.13万元")
                .money("基本支出", 193.1, null, "基本支出193.1万元").context()).isEmpty());
    }

    @Test
    void differenceJustBeyondRounding_warns() {
        assertEquals(1, new ConflictingValuesCheck().run(new TextFixture()
                .paragraph("基本支出193.13万元。").paragraph("基本支出193.07万元。")
                .money("基本支出", 193.13, null, "基本支出193.13万元")
                .money("基本支出", 193.07, null, "基本支出193.07万元").context()).size());
    }

    @Test
    void unitsDiffer_comparedInWan() {
        assertTrue(new ConflictingValuesCheck().run(new TextFixture()
                .paragraph("公务接待费3100元。").paragraph("公务接待费0.31万元。")
                .figure("公务接待费", 3100, "元", null, "公务接待费3100元")
                .money("公务接待费", 0.31, null, "公务接待费0.31万元").context()).isEmpty());
    }

    @Test
    void genericLabels_silent() {
        assertTrue(new ConflictingValuesCheck().run(new TextFixture()
                .paragraph("资金10万元。").paragraph("资金20万元。")
                .money("资金", 10, null, "资金10万元").money("资金", 20, null, "资金20万元").context()).isEmpty());
    }

    @Test
    void noFigures_silent() {
        assertTrue(new ConflictingValuesCheck().run(new TextFixture().paragraph(P1).context()).isEmpty());
    }

    /** A label built from the last nouns of a long name (…和乡村道路养护资金) is no term: never compared. */
    @Test
    void fallbackLabels_silent() {
        assertTrue(new ConflictingValuesCheck().run(new TextFixture()
                .paragraph("下达农田水利设施和乡村道路养护资金300万元。").paragraph("其中：乡村道路养护资金120万元。")
                .money("乡村道路养护资金", 300, null, "下达农田水利设施和乡村道路养护资金300万元")
                .money("乡村道路养护资金", 120, null, "其中：乡村道路养护资金120万元").context()).isEmpty());
    }

    @Test
    void namedLabels_stillCompared() {
        assertEquals(1, new ConflictingValuesCheck().run(new TextFixture()
                .paragraph("公用经费30万元。").paragraph("公用经费35万元。")
                .money("公用经费", 30, null, "公用经费30万元")
                .money("公用经费", 35, null, "公用经费35万元").context()).size());
    }
}
