package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProseListsTest {

    private static final ProseLists READER = new ProseLists(
            Breakdowns.load(Path.of("config").resolve(Breakdowns.FILE)));

    private static List<ProseLists.ProseList> read(String... paragraphs) {
        TextFixture f = new TextFixture();
        for (String p : paragraphs) {
            f.paragraph(p);
        }
        return Passages.of(f.document()).stream().flatMap(p -> READER.read(p).stream()).toList();
    }

    private static List<Double> values(ProseLists.ProseList l) {
        return l.items().stream().map(i -> i.amount().value()).toList();
    }

    @Test
    void fundingLevels_closedList() {
        List<ProseLists.ProseList> lists = read("2025年，县财政局以某财农〔2025〕7号等文件下达农村公路养护资金620万元，"
                + "其中：中央资金300万元，省级资金200万元，县级配套资金80万元，上年结转资金30万元。");
        assertEquals(1, lists.size());
        assertEquals("funding_sources", lists.get(0).breakdown());
        assertEquals(620, lists.get(0).total().amount().value());
        assertEquals(List.of(300.0, 200.0, 80.0, 30.0), values(lists.get(0)));
    }

    @Test
    void formSourceRows_closedList() {
        // the self-evaluation form's source rows named in prose: 当年财政拨款 is a source like 其他资金
        List<ProseLists.ProseList> lists = read("本项目资金总额410万元，分别为当年财政拨款380万元、其他资金35万元。");
        assertEquals(1, lists.size());
        assertEquals("funding_sources", lists.get(0).breakdown());
        assertEquals(List.of(380.0, 35.0), values(lists.get(0)));
    }

    @Test
    void basicSplitAfterAClause_closedAndEndsAtSibling() {
        List<ProseLists.ProseList> lists = read("全年支出900万元，其中基本支出500万元，主要保障机构运转，"
                + "包括人员经费420万元、日常公用经费70万元；项目支出400万元，用于道路维护等方面。");
        assertEquals(1, lists.size());
        assertEquals("basic_split", lists.get(0).breakdown());
        assertEquals(List.of(420.0, 70.0), values(lists.get(0)));
    }

    @Test
    void usesList_openWithThousandsAndLineBreak() {
        List<ProseLists.ProseList> lists = read("全年共支出1,250万元，其中：道路硬化工程600万元；桥梁加固",
                "工程400万元；监理费260万元。");
        assertEquals(1, lists.size());
        assertFalse(lists.get(0).closed());
        assertEquals(List.of(600.0, 400.0, 260.0), values(lists.get(0)));
    }

    @Test
    void partialMarkers_noList() {
        assertTrue(read("全年共支出1250万元，其中：道路硬化工程600万元；桥梁加固工程400万元等。").isEmpty());
        assertTrue(read("下达资金620万元，主要包括中央资金300万元、省级资金200万元。").isEmpty());
        assertTrue(read("下达资金620万元，其中中央资金300万元，省级资金200万元，企业投入120万元。").isEmpty());
    }

    @Test
    void openListFollowedByMoreAmounts_noList() {
        assertTrue(read("全年共支出1250万元，其中：道路硬化工程600万元；桥梁加固工程400万元，结余资金250万元已收回。").isEmpty());
    }

    @Test
    void numberCutByWrap_noList() {
        assertTrue(read("下达资金620万元，其中中央资金30", "0万元，省级资金200万元。").isEmpty());
    }

    @Test
    void totalNamedWithParenthesis_andAutonomousRegionLevel() {
        List<ProseLists.ProseList> lists = read("2025年，区财政局下达草原保护补助资金（生态修复）300万元，其中：中央资金240万元，自治区资金60万元。");
        assertEquals(1, lists.size());
        assertEquals("funding_sources", lists.get(0).breakdown());
    }

    @Test
    void aUseNamedLikeALevel_isNoFundingSource() {
        // 乡村教师生活补助 starts with 乡 but is a use: the uses list is read as an open list
        List<ProseLists.ProseList> lists = read("全年共支出500万元，其中：学校公用经费补助200万元；乡村教师生活补助300万元。");
        assertEquals(1, lists.size());
        assertFalse(lists.get(0).closed());
    }

    @Test
    void closedListEndsAtNextSentence_andDescribedItemsStillCount() {
        List<ProseLists.ProseList> lists = read("全年支出900万元，其中基本支出500万元，用于机构运转；项目支出400万元，用于道路维护。"
                + "全年支出比上年（850万元）增加50万元。");
        assertEquals(1, lists.size());
        assertEquals("total_split", lists.get(0).breakdown());
        assertEquals(List.of(500.0, 400.0), values(lists.get(0)));
    }

    @Test
    void threePublicList_closed() {
        List<ProseLists.ProseList> lists = read("2025年“三公”经费预算12.5万元，其中：公务接待费4.5万元，因公出国（境）费0万元，"
                + "公务用车购置及运行维护费8万元。");
        assertEquals(1, lists.size());
        assertEquals("three_public", lists.get(0).breakdown());
    }

    @Test
    void namesThenAmounts_respectively() {
        List<ProseLists.ProseList> lists = read("2025年下达资金600万元，其中中央、省、县级资金分别为300万元、200万元、90万元。");
        assertEquals(1, lists.size());
        assertEquals("funding_sources", lists.get(0).breakdown());
        assertEquals(List.of("中央级资金", "省级资金", "县级资金"),
                lists.get(0).items().stream().map(ProseLists.Item::label).toList());
        List<ProseLists.ProseList> basic = read("基本支出500万元，人员经费和公用经费分别为420万元、80万元。");
        assertEquals(1, basic.size());
        assertEquals("basic_split", basic.get(0).breakdown());
    }

    @Test
    void respectivelyWithFewerAmountsOrOtherText_noList() {
        assertTrue(read("2025年下达资金600万元，其中中央、省、县级资金分别为300万元、200万元。").isEmpty());
        assertTrue(read("2025年下达资金600万元，其中中央、省级资金分别为300万元，已拨付200万元。").isEmpty());
    }

    @Test
    void investmentSources_closed() {
        List<ProseLists.ProseList> lists = read("项目总投资1200万元，其中中央预算内投资800万元，省级财政补助资金300万元，县级配套资金100万元。");
        assertEquals(1, lists.size());
        assertEquals("funding_sources", lists.get(0).breakdown());
    }

    @Test
    void incomeAndProcurementKinds_closed() {
        List<ProseLists.ProseList> income = read("本年收入合计500万元，其中：财政拨款收入450万元，占90%；事业收入30万元，占6%；其他收入20万元，占4%。");
        assertEquals(1, income.size());
        assertEquals("income_sources", income.get(0).breakdown());
        List<ProseLists.ProseList> buy = read("本单位政府采购金额（以合同签订为准）为90万元，其中：货物采购金额40万元、工程采购金额0万元、服务采购金额50万元。");
        assertEquals(1, buy.size());
        assertEquals("procurement_kinds", buy.get(0).breakdown());
    }

    @Test
    void changeClauseAfterTotal_listInNextSentenceStillItsOwn() {
        List<ProseLists.ProseList> lists = read("2025年“三公”经费实际支出9.5万元，比上年的8万元增加1.5万元。"
                + "其中：公务用车运行维护费6万元，公务接待费3.5万元。");
        assertEquals(1, lists.size());
        assertEquals(9.5, lists.get(0).total().amount().value());
        assertEquals(List.of(6.0, 3.5), values(lists.get(0)));
        // a list of the changes is no list of the total
        assertTrue(read("2025年“三公”经费实际支出9.5万元，比上年增加1.5万元。其中：公务用车运行维护费增加1万元，"
                + "公务接待费增加0.5万元。").isEmpty());
    }

    @Test
    void listBeforeItsTotal_closedAndOpen() {
        List<ProseLists.ProseList> sources = read("项目资金来源为：当年财政拨款553.02万元，上年结转资金97.07万元，合计650.09万元。");
        assertEquals(1, sources.size());
        assertEquals("funding_sources", sources.get(0).breakdown());
        assertEquals(650.09, sources.get(0).total().amount().value());
        assertEquals(List.of(553.02, 97.07), values(sources.get(0)));
        List<ProseLists.ProseList> levels = read("项目资金构成：中央资金300万元、省级资金200万元、县级配套资金80万元，共计580万元。");
        assertEquals(List.of(300.0, 200.0, 80.0), values(levels.get(0)));
        assertEquals(1, read("本年度项目资金构成：中央资金300万元、省级资金200万元，总计500万元，均已按规定拨付。").size());
        List<ProseLists.ProseList> uses = read("资金使用方面，道路硬化工程600万元；桥梁加固工程400万元，共计支出1,000万元。");
        assertEquals(1, uses.size());
        assertFalse(uses.get(0).closed());
        assertEquals(List.of(600.0, 400.0), values(uses.get(0)));
    }

    @Test
    void usesAmountFirstBeforeTheirTotal_openList() {
        List<ProseLists.ProseList> uses = read("资金使用方面，600万元用于道路硬化工程；400万元用于桥梁加固工程，共计支出1,000万元。");
        assertEquals(1, uses.size());
        assertFalse(uses.get(0).closed());
        assertEquals(List.of("道路硬化工程", "桥梁加固工程"), uses.get(0).items().stream().map(ProseLists.Item::label).toList());
        assertTrue(read("资金使用方面，600万元用于道路硬化工程；400万元用于桥梁加固工程等，共计支出1,000万元。").isEmpty());
        assertTrue(read("资金使用方面，600万元用于道路硬化；另有结余资金400万元，共计支出1,000万元。").isEmpty());
    }

    @Test
    void listBeforeItsTotal_partialOrUnsure_noList() {
        assertTrue(read("项目资金来源为：中央资金300万元、省级资金200万元等，合计580万元。").isEmpty());
        assertTrue(read("下达资金620万元，其中中央资金300万元、省级资金200万元，合计500万元。").isEmpty());
        assertTrue(read("主要来源为中央资金300万元、省级资金200万元，合计580万元。").isEmpty());
        // unknown items before a bare 合计: not a list we know to be whole
        assertTrue(read("道路硬化工程600万元；桥梁加固工程400万元，合计1,200万元。").isEmpty());
        assertTrue(read("中央资金300万元用于道路，省级资金200万元，合计500万元。").isEmpty());
    }
}
