package org.selfeval.figures;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Figure;
import org.selfeval.model.Paragraph;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences copied from the seed report (seed-report.txt). */
class TextFiguresTest {

    @Test
    void termBeforeNumber_isLabel() {
        List<Figure> f = Docs.text("2024年全年支出860.9万元，基本支出为193.13万元，系保障本单位机构正常运转。");
        Figure basic = Docs.find(f, "基本支出", 193.13);
        assertEquals("万元", basic.unit());
        assertEquals("text", basic.source());
        assertEquals(3, basic.page());
        assertEquals("基本支出", basic.canonical());
        assertEquals("2024年", Docs.find(f, "全年支出", 860.9).period());
    }

    @Test
    void itemsAfterQizhong_getTheirOwnTerms() {
        List<Figure> f = Docs.text("其中：人员经费177.57万元，日常公用经费15.56万元。");
        assertEquals(2, f.size());
        Docs.find(f, "人员经费", 177.57);
        assertEquals("公用经费", Docs.find(f, "日常公用经费", 15.56).canonical());
    }

    @Test
    void quotedTerm_withStageWord_hasYearAndStagePeriod() {
        List<Figure> f = Docs.text("2024年“三公经费”预算1.2万元，其中：公务接待1.2万元、因公出国（境）费0万元、公务用车购置及运行费0万元。");
        assertEquals("2024年预算", Docs.find(f, "三公经费", 1.2).period());
        Figure reception = Docs.find(f, "公务接待", 1.2);
        assertEquals("公务接待费", reception.canonical());
        assertEquals("2024年预算", reception.period());
        assertEquals("公务用车购置及运行维护费", Docs.find(f, "公务用车购置及运行费", 0).canonical());
    }

    @Test
    void changeClause_speaksOfPreviousItem() {
        List<Figure> f = Docs.text("2024年“三公经费”实际完成0.31万元，其中：公务用车运行维护费0万元；公务接待费0.31万元，"
                + "比上年减少0.35万元，减少的主要原因是本单位严格遵守中央八项规定。");
        assertEquals("2024年决算", Docs.find(f, "三公经费", 0.31).period());
        Figure change = Docs.find(f, "公务接待费", 0.35);
        assertEquals("比上年减少", change.period());
        assertTrue(change.snippet().contains("公务接待费0.31万元"));
        assertEquals(4, f.size(), () -> f.toString());
    }

    @Test
    void shareClause_labelsPartOfWhole() {
        List<Figure> f = Docs.text("2024年基本支出193.13万元，其中：工资福利支出177.57万元，占基本支出的91.94%；"
                + "商品和服务支出15.56万元，占基本支出的8.06%。");
        Figure share = Docs.find(f, "工资福利支出占基本支出", 91.94);
        assertEquals("%", share.unit());
        assertEquals("工资福利支出占基本支出", share.canonical());
        Docs.find(f, "商品和服务支出占基本支出", 8.06);
        Docs.find(f, "工资福利支出", 177.57);
    }

    @Test
    void sameItemTwice_givesTwoFigures() {
        List<Figure> f = Docs.text("2024年全年支出860.9万元，其中工资福利支出116.66万元；商品服务支出182.61万元；"
                + "对个人和家庭的补助94.7万元；对企业的补助466.93万元。");
        assertEquals(5, f.size());
        assertEquals("商品和服务支出", Docs.find(f, "商品服务支出", 182.61).canonical());
        assertEquals("对企业补助", Docs.find(f, "对企业的补助", 466.93).canonical());
        assertEquals("2024年", Docs.find(f, "对企业的补助", 466.93).period());
    }

    @Test
    void unknownSubject_getsNounLabelButNoCanonical() {
        List<Figure> f = Docs.text("全年新增规模工业企业6家、专精特新中小企业5家。");
        Figure firms = Docs.find(f, "规模工业企业", 6);
        assertNull(firms.canonical());
        assertEquals("家", firms.unit());
    }

    @Test
    void numbersWithoutUnit_andYears_areNotFigures() {
        assertTrue(Docs.text("(1)负责拟订全区科技发展规划;2024年第六批创新型省份建设专项资金").isEmpty());
    }

    @Test
    void ocrParagraph_marksFigures() {
        List<Figure> f = TestLabels.EXTRACTOR.extract(Docs.of(new Paragraph("项目支出为667.77万元", 2, null, true, null)));
        assertTrue(f.get(0).ocr());
    }

    @Test
    void longClause_snippetIsAtMostSixtyChars() {
        String longClause = "基本支出用于为保障机构正常运转完成日常工作任务而发生的支出包括人员经费和公用经费以及办公费印刷费水电费会议费等各项开支合计为193.13万元";
        List<Figure> f = Docs.text(longClause);
        assertTrue(f.get(0).snippet().length() <= 60);
        assertTrue(f.get(0).snippet().contains("193.13"));
    }
}
