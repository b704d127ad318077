package org.selfeval.figures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountParserTest {

    private static Quantity only(String text) {
        List<Quantity> all = AmountParser.findAll(text);
        assertEquals(1, all.size(), () -> "figures in '" + text + "': " + all);
        return all.get(0);
    }

    @Test
    void moneyInWan_keepsUnitAsWritten() {
        Quantity q = only("2024年全年支出860.9万元");
        assertEquals(860.9, q.value());
        assertEquals("万元", q.unit());
        assertEquals(860.9, q.normalised());
    }

    @Test
    void yuanAndYi_normaliseToWan() {
        assertEquals(1.5, only("支出15000元").normalised(), 1e-9);
        assertEquals(12000, only("总额1.2亿元").normalised(), 1e-9);
    }

    @Test
    void percentAndFullWidth_areRead() {
        Quantity q = only("执行率为９７．７７％");
        assertEquals(97.77, q.value(), 1e-9);
        assertEquals("%", q.unit());
        assertTrue(q.isPercent());
    }

    @Test
    void thousandsSeparators_areOneNumber() {
        assertEquals(1234567.5, only("合计1,234,567.5元").value(), 1e-9);
        assertEquals(1234, only("合计1，234元").value(), 1e-9);
    }

    @Test
    void chineseNumerals_withUnit() {
        Quantity q = only("安排三百二十万元");
        assertEquals(320, q.value(), 1e-9);
        assertEquals("万元", q.unit());
        assertEquals(12, only("新增十二家").value(), 1e-9);
        assertEquals(2.5, only("两点五万元").value(), 1e-9);
    }

    @Test
    void comparatorsAndApproximations() {
        Quantity ge = only("≥5家");
        assertEquals("≥", ge.comparator());
        assertEquals(5, ge.value());
        Quantity le = only("≤281.98万元");
        assertEquals("≤", le.comparator());
        assertEquals(281.98, le.value(), 1e-9);
        assertEquals("≥", only("不低于95%").comparator());
        assertEquals("≥", only("30家以上").comparator());
        Quantity approx = only("培训30余人次");
        assertTrue(approx.approx());
        assertEquals(30, approx.value());
        assertFalse(only("6家").approx());
    }

    @Test
    void ranges_haveHighEnd() {
        Quantity q = only("5-10家");
        assertEquals(5, q.value());
        assertEquals(10.0, q.high());
    }

    @Test
    void yearsDatesAndOrdinals_areNotFigures() {
        assertTrue(AmountParser.findAll("2024年度").isEmpty());
        assertTrue(AmountParser.findAll("湘财绩〔2020〕7号").isEmpty());
        assertTrue(AmountParser.findAll("一是聚焦运行监测").isEmpty());
        assertTrue(AmountParser.findAll("1月").isEmpty());
    }

    @Test
    void sentenceWithSeveralFigures_findsAllInOrder() {
        List<Quantity> qs = AmountParser.findAll("其中：工资福利支出177.57万元，占基本支出的91.94%；商品和服务支出15.56万元");
        assertEquals(List.of(177.57, 91.94, 15.56), qs.stream().map(Quantity::value).toList());
    }

    @Test
    void cellParsing_acceptsOnlyWholeFigures() {
        assertEquals(860.9, AmountParser.parseCell(" 860.9 ").orElseThrow().value());
        assertEquals(130, AmountParser.parseCell("130%").orElseThrow().value());
        assertTrue(AmountParser.parseCell("一般公共预算：860.02").isEmpty());
        assertTrue(AmountParser.parseCell("").isEmpty());
        assertNull(AmountParser.parseCell("10").orElseThrow().comparator());
    }

    @Test
    void scoresAfterDigits_haveUnitFen() {
        Quantity q = only("自评得分98分");
        assertEquals(98, q.value());
        assertEquals("分", q.unit());
        assertEquals("分", AmountParser.parseCell("100分").orElseThrow().unit());
    }

    @Test
    void minutesAndFractionsAndAdverbs_areNotScores() {
        assertEquals("", only("用时5分钟").unit());
        assertTrue(AmountParser.findAll("十分必要").isEmpty());
    }

    @Test
    void numeralNamingRuleSet_isNotAFigure() {
        assertTrue(AmountParser.findAll("严格遵守中央八项规定").isEmpty());
        assertEquals(3, only("完成三项任务").value(), 1e-9);
    }

    @Test
    void spaceBeforeNumber_offsetStartsAtNumber() {
        Quantity q = only("行政编制 5 人");
        assertEquals(5, q.value());
        assertEquals("人", q.unit());
        assertEquals('5', AmountParser.normalise("行政编制 5 人").charAt(q.start()));
    }

    @Test
    void longProseCell_isNotOneFigure() {
        assertTrue(AmountParser.parseCell("完成情况：全区规模工业增加值同比增长9.2%，高全市2.5个百分点，七区排名第三").isEmpty());
    }

    /** Searching only the spans around number runs must find exactly what a scan of every character finds. */
    @Test
    void narrowedScanEqualsFullScanOnRandomText() {
        String[] pieces = {"不低于", "大于等于", "大约", "约", "近", "逾", "-", "－", " ", "  ", "5", "98", "1,234", "12,345.6",
                "0.5", ".", ",", "，", "至", "~", "万元", "元", "分", "分钟", "%", "％", "个百分点", "以上", "左右", "余", "多",
                "三", "百", "二十", "万", "点五", "一般", "年", "项", "规定", "人次", "平方米", "预算", "执行率", "（", "）",
                "２０２３", "达到", "超过", "高", "低", "大", "小", "不", "家", "次会议", "、"};
        java.util.Random random = new java.util.Random(20261202L);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(AmountParser.findAllScanningEverywhere(t), AmountParser.findAll(t), () -> "text: " + t);
        }
    }
}
