package org.selfeval.checks.text;

import org.selfeval.checks.Money;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakdownCheckTest {

    private static TextFixture economic(double lastPart, String tail) {
        String last = Money.format(lastPart);
        return new TextFixture()
                .paragraph("2024年全年支出860.9万元，其中工资福利支出116.66万元；商品服务支出182.61万元；对个人和家庭的补助94.7万元；对企业的补助"
                        + last + "万元" + tail + "。")
                .money("全年支出", 860.9, "2024年", "2024年全年支出860.9万元")
                .money("工资福利支出", 116.66, null, "其中工资福利支出116.66万元")
                .money("商品服务支出", 182.61, null, "商品服务支出182.61万元")
                .money("对个人和家庭的补助", 94.7, null, "对个人和家庭的补助94.7万元")
                .money("对企业的补助", lastPart, null, "对企业的补助" + last + "万元");
    }

    @Test
    void economicListAddsUp_silent() {
        assertTrue(new BreakdownCheck().run(economic(466.93, "").context()).isEmpty());
    }

    @Test
    void economicListOff_error() {
        List<Finding> out = new BreakdownCheck().run(economic(456.93, "").context());
        assertEquals(1, out.size());
        assertEquals("SUM_MISMATCH", out.get(0).code());
        assertEquals(Severity.ERROR, out.get(0).severity());
        assertEquals(860.9, out.get(0).expected());
        assertEquals(850.9, out.get(0).actual());
    }

    @Test
    void sameTotalRepeatedInNextParagraph_listStillChecked() {
        TextFixture f = economic(456.93, "").paragraph("2024年全年支出860.9万元，基本支出为193.13万元。")
                .money("全年支出", 860.9, "2024年", "2024年全年支出860.9万元")
                .money("基本支出", 193.13, null, "基本支出为193.13万元");
        assertEquals(1, new BreakdownCheck().run(f.context()).size());
    }

    @Test
    void itemCutByLineWrap_silent() {
        TextFixture f = new TextFixture()
                .paragraph("全年支出860.9万元，其中工资福利支出116.66万元；商品服务支出182.61万元；对企业的补助56 1.63万元。")
                .money("全年支出", 860.9, null, "全年支出860.9万元")
                .money("工资福利支出", 116.66, null, "其中工资福利支出116.66万元")
                .money("商品服务支出", 182.61, null, "商品服务支出182.61万元")
                .money("对企业的补助", 56, null, "对企业的补助56 1.63万元")
                .money("对企业的补助", 1.63, null, "对企业的补助56 1.63万元");
        assertTrue(new BreakdownCheck().run(f.context()).isEmpty());
    }

    @Test
    void listEndingWithEtc_partialSilent() {
        assertTrue(new BreakdownCheck().run(economic(456.93, "等").context()).isEmpty());
    }

    @Test
    void sharesBetweenItems_stillChecked() {
        TextFixture f = new TextFixture()
                .paragraph("2024年基本支出193.13万元，其中：工资福利支出177.57万元，占基本支出的91.94%；商品和服务支出25.56万元，占基本支出的8.06%。")
                .money("基本支出", 193.13, "2024年", "2024年基本支出193.13万元")
                .money("工资福利支出", 177.57, null, "其中：工资福利支出177.57万元")
                .figure("工资福利支出占基本支出", 91.94, "%", null, "占基本支出的91.94%")
                .money("商品和服务支出", 25.56, null, "商品和服务支出25.56万元")
                .figure("商品和服务支出占基本支出", 8.06, "%", null, "占基本支出的8.06%");
        List<Finding> out = new BreakdownCheck().run(f.context());
        assertEquals(1, out.size());
        assertEquals(203.13, out.get(0).actual());
    }

    @Test
    void otherItemInList_partialSilent() {
        TextFixture f = new TextFixture()
                .paragraph("全年支出860.9万元，其中工资福利支出116.66万元，商品服务支出182.61万元，专项业务经费300万元。")
                .money("全年支出", 860.9, null, "全年支出860.9万元")
                .money("工资福利支出", 116.66, null, "其中工资福利支出116.66万元")
                .money("商品服务支出", 182.61, null, "商品服务支出182.61万元")
                .money("专项业务经费", 300, null, "专项业务经费300万元");
        assertTrue(new BreakdownCheck().run(f.context()).isEmpty());
    }

    @Test
    void withoutQiZhong_silent() {
        TextFixture f = new TextFixture()
                .paragraph("全年支出860.9万元，工资福利支出116.66万元，商品服务支出182.61万元。")
                .money("全年支出", 860.9, null, "全年支出860.9万元")
                .money("工资福利支出", 116.66, null, "工资福利支出116.66万元")
                .money("商品服务支出", 182.61, null, "商品服务支出182.61万元");
        assertTrue(new BreakdownCheck().run(f.context()).isEmpty());
    }

    @Test
    void singleItem_silent() {
        TextFixture f = new TextFixture()
                .paragraph("基本支出193.13万元，其中工资福利支出177.57万元。")
                .money("基本支出", 193.13, null, "基本支出193.13万元")
                .money("工资福利支出", 177.57, null, "其中工资福利支出177.57万元");
        assertTrue(new BreakdownCheck().run(f.context()).isEmpty());
    }

    private static List<Finding> prose(String paragraph) {
        return new BreakdownCheck().run(new TextFixture().paragraph(paragraph).context());
    }

    @Test
    void fundingSourcesShort_errorWithEveryPartAndTotal() {
        List<Finding> out = prose("2025年，市财政局下达河道清淤专项资金480万元，其中：中央资金250万元，省级资金120万元，"
                + "县级资金90万元，上年结转资金30万元。");
        assertEquals(1, out.size());
        assertEquals("SUM_MISMATCH", out.get(0).code());
        assertEquals(List.of(250.0, 120.0, 90.0, 30.0, 480.0),
                out.get(0).values().stream().map(Finding.Value::value).toList());
    }

    @Test
    void fundingSourcesAddUp_silent() {
        assertTrue(prose("2025年，市财政局下达河道清淤专项资金490万元，其中：中央资金250万元，省级资金120万元，"
                + "县级资金90万元，单位自筹30万元。").isEmpty());
    }

    @Test
    void fundingWithUnknownSource_partialSilent() {
        assertTrue(prose("2025年下达河道清淤专项资金480万元，其中：中央资金250万元，省级资金120万元，企业捐赠80万元。").isEmpty());
    }

    @Test
    void usesExceedTotal_error() {
        List<Finding> out = prose("全年共支出300万元，其中：清淤工程180万元；堤防修复95.5万元；监测设备30万元。");
        assertEquals(1, out.size());
        assertEquals(305.5, out.get(0).actual());
        assertEquals(300.0, out.get(0).expected());
    }

    @Test
    void usesBelowTotal_mayBePartialSilent() {
        assertTrue(prose("全年共支出300万元，其中：清淤工程180万元；堤防修复95.5万元。").isEmpty());
    }

    @Test
    void basicSplitInsideTotalSentence_checkedAgainstLocalBasic() {
        List<Finding> out = prose("全年支出900万元，其中基本支出500万元，用于机构运转，包括人员经费420万元、日常公用经费70万元；"
                + "项目支出400万元，主要用于道路维护等方面。");
        assertEquals(1, out.size());
        assertEquals(490.0, out.get(0).actual());
        assertEquals(500.0, out.get(0).expected());
    }

    @Test
    void listInYuanAgainstTotalInWan_comparedInWanQuotedAsWritten() {
        List<Finding> out = prose("下达资金12万元，其中中央资金80000元，省级资金30000元。");
        assertEquals(1, out.size());
        assertEquals(11.0, out.get(0).actual());
        assertEquals("元", out.get(0).values().get(0).unit());
        assertEquals(80000.0, out.get(0).values().get(0).value());
    }

    @Test
    void remarkWithPercentBetweenItems_listGoesOn() {
        assertTrue(prose("全年支出300万元，其中：工资福利支出120万元，比上年增长5%；商品和服务支出100万元；"
                + "对个人和家庭的补助80万元。").isEmpty());
        assertEquals(1, prose("全年支出300万元，其中：工资福利支出120万元，比上年增长5%；商品和服务支出100万元；"
                + "对个人和家庭的补助70万元。").size());
    }

    @Test
    void itemNamedAgainInNextSentence_endsTheList() {
        List<Finding> out = prose("全年支出300万元，其中：工资福利支出120万元；商品和服务支出100万元；对个人和家庭的补助70万元。"
                + "工资福利支出60万元用于在职人员。");
        assertEquals(1, out.size());
        assertEquals(290.0, out.get(0).actual());
    }

    @Test
    void sourcesBeforeTheirTotal_offIsFound_agreeingSilent() {
        assertTrue(new BreakdownCheck().run(new TextFixture()
                .paragraph("项目资金来源为：当年财政拨款550.1万元、上年结转资金97.07万元，合计647.17万元。").context()).isEmpty());
        List<Finding> out = new BreakdownCheck().run(new TextFixture()
                .paragraph("项目资金来源为：当年财政拨款553.02万元、上年结转资金97.07万元，合计647.17万元。").context());
        assertEquals(1, out.size());
        assertEquals("SUM_MISMATCH", out.get(0).code());
        assertEquals(647.17, out.get(0).expected());
        assertEquals(650.09, out.get(0).actual());
    }
}
