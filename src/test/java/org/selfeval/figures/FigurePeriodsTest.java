package org.selfeval.figures;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Figure;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Periods and labels of prose figures, on sentences written for these tests. */
class FigurePeriodsTest {

    private static Figure value(List<Figure> figures, double v) {
        return figures.stream().filter(f -> Math.abs(f.value() - v) < 1e-9).findFirst()
                .orElseThrow(() -> new AssertionError("no " + v + " in " + figures));
    }

    @Test
    void quotedPartOfTerm_isOneTerm() {
        List<Figure> f = Docs.text("本年度“三公”经费实际支出3.6万元，较好地控制了公务开支。");
        Figure three = value(f, 3.6);
        assertEquals("三公经费", three.canonical(), f::toString);
        assertTrue(three.period().contains("决算"), three::toString);
    }

    @Test
    void quotedPartOfTerm_snippetQuotesTheWordsAsWritten() {
        // The snippet locates the figure's sentence; a bridged "“三公经费”" is in no sentence of the document.
        List<Figure> f = Docs.text("今年“三公”经费实际支出2.8万元，比上年减少0.4万元。");
        Figure current = value(f, 2.8);
        assertEquals("三公经费", current.canonical(), f::toString);
        assertTrue(current.snippet().contains("“三公”经费实际支出2.8万元"), current::toString);
    }

    @Test
    void bridgeQuotes_keepsLength_andLeavesOtherQuotesAlone() {
        TextFigures tf = new TextFigures(TestLabels.SEGMENTER, TestLabels.LABELS);
        String in = "落实“三公”经费管理，推进“放管服”改革";
        String out = tf.bridgeQuotes(in);
        assertEquals(in.length(), out.length());
        assertTrue(out.startsWith("落实“三公经费”管理"), out);
        assertTrue(out.endsWith("推进“放管服”改革"), out);
    }

    @Test
    void bracketedBaseAfterBiShangNian_isLastYear() {
        List<Figure> f = Docs.text("本年度项目支出820万元，比上年（760万元）增加60万元，主要是新增建设任务。");
        assertEquals("上年", value(f, 760).period());
        assertNotEquals("上年", value(f, 820).period());
    }

    @Test
    void baseWrittenWithDe_isLastYear() {
        List<Figure> f = Docs.text("本年度基本支出412.5万元，较上年的398万元增加14.5万元。");
        assertEquals("上年", value(f, 398).period());
    }

    @Test
    void cumulativeOverYears_hasItsOwnPeriod_yearsCumulativeDoesNot() {
        List<Figure> since = Docs.text("工程自开工以来累计完成投资1500万元，完成总工程量的七成。");
        assertEquals("累计", value(since, 1500).period());
        List<Figure> year = Docs.text("截至年底，全年累计完成投资300万元，项目按期推进。");
        Figure spent = value(year, 300);
        assertEquals("全年支出", spent.canonical(), year::toString);
        assertTrue(spent.period() == null || !spent.period().contains("累计"), spent::toString);
    }

    @Test
    void restatedYearSpending_isTotal() {
        List<Figure> f = Docs.text("全年实际支出512.34万元，资金均按规定用途使用。");
        assertEquals("全年支出", value(f, 512.34).canonical());
    }

    @Test
    void chineseNumeralMoney_saidToHaveArrivedInFull() {
        List<Figure> f = Docs.text("截至年底，本项目资金一百二十五万元已全部到位，到位率100%。");
        Figure arrived = value(f, 125);
        assertEquals("万元", arrived.unit());
        assertEquals("全额到位资金", arrived.canonical(), f::toString);
    }

    @Test
    void arrivedMoneyWithFullRate_orFullArrivalInTheNextClause_isFullArrival() {
        List<Figure> f = Docs.text("截至年底，项目到位资金七百七十九点三九万元，资金到位率100%。");
        assertEquals("全额到位资金", value(f, 779.39).canonical(), f::toString);
        f = Docs.text("截至年底，项目资金三百二十万元，已全部到位。");
        assertEquals("全额到位资金", value(f, 320).canonical(), f::toString);
        // a known term is refined only by a predicate that ends with it, never replaced
        f = Docs.text("全年预算数450万元，已全部到位。");
        assertEquals("全年预算数", value(f, 450).canonical(), f::toString);
    }

    @Test
    void arrivedMoneyWithoutFullArrival_keepsItsOwnName() {
        List<Figure> f = Docs.text("截至年底，项目到位资金300万元，到位率95%。");
        assertEquals("到位资金", value(f, 300).canonical(), f::toString);
    }

    @Test
    void partialArrival_isNotFullArrival() {
        List<Figure> f = Docs.text("截至年底，补助资金80万元到位，其余资金次年拨付。");
        assertNull(value(f, 80).canonical(), f::toString);
    }

    @Test
    void statedSelfEvaluationScore_isTotalScore() {
        List<Figure> f = Docs.text("经综合评价，本项目年度绩效自评得分92.5分，等级为“优”。");
        assertEquals("总分", value(f, 92.5).canonical(), f::toString);
    }

    @Test
    void yearBudgetArrangement_isYearBudget() {
        List<Figure> f = Docs.text("本项目全年预算安排340万元，主要用于设备购置。");
        assertEquals("全年预算数", value(f, 340).canonical(), f::toString);
    }

    @Test
    void coordinatedName_fallbackHasNoCanonical() {
        List<Figure> f = Docs.text("下达农田水利设施和乡村道路养护资金300万元。");
        assertNull(value(f, 300).canonical(), f::toString);
    }
}
