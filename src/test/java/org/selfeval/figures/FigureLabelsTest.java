package org.selfeval.figures;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureLabelsTest {

    private final FigureLabels labels = new FigureLabels(Set.of("基本支出", "商品和服务支出"), Set.of("决算数"),
            Map.of("全年支出", List.of("全年执行数", "年度资金总额·全年执行数"),
                    "商品和服务支出", List.of("商品服务支出")));

    @Test
    void synonyms_mapToCanonical() {
        assertEquals("商品和服务支出", labels.canonicalOf("商品服务支出"));
        assertEquals("全年支出", labels.canonicalOf("全年执行数"));
        assertEquals("基本支出", labels.canonicalOf("基本支出"));
    }

    @Test
    void unknownWords_haveNoCanonical() {
        assertNull(labels.canonicalOf("规模工业企业"));
    }

    @Test
    void wholeTableLabel_mapsBeforeParts() {
        assertEquals("全年支出", labels.canonicalOfCell("年度资金总额", "全年执行数"));
        assertEquals("商品和服务支出·决算数", labels.canonicalOfCell("商品服务支出", "2024年决算数"));
    }

    @Test
    void clean_stripsNumberingColonsQuotesAndUnitNotes() {
        assertEquals("公务用车购置和维护经费", FigureLabels.clean("   1、公务用车购置和维护经费"));
        assertEquals("公车购置", FigureLabels.clean("其中：公车购置"));
        assertEquals("项目支出", FigureLabels.clean("项目支出："));
        assertEquals("三公经费", FigureLabels.clean("“三公经费”"));
        assertEquals("年度预算申请", FigureLabels.clean("年度预 算申请 （万元）"));
    }

    @Test
    void variantsAndMeasures_areTerms() {
        assertTrue(labels.terms().contains("商品服务支出"));
        assertTrue(labels.isMeasure("决算数"));
        assertFalse(labels.isItem("决算数"));
        assertFalse(labels.terms().contains("年度资金总额·全年执行数"));
    }

    @Test
    void repositoryDictionaries_load() {
        assertTrue(TestLabels.LABELS.isItem("三公经费"));
        assertEquals("公用经费", TestLabels.LABELS.canonicalOf("日常公用经费"));
        assertEquals("公务接待费", TestLabels.LABELS.canonicalOf("公务接待"));
    }

    @Test
    void predicateAfterNumber_namesTheQuantity_longestFirst() {
        FigureLabels p = new FigureLabels(Set.of(), Set.of(), Map.of(),
                Map.of("全额到位资金", List.of("全部到位"), "已拨付资金", List.of("已拨付", "已拨付到位")));
        assertEquals("全额到位资金", p.predicateLabel("全部到位，到位率100%"));
        assertEquals("已拨付资金", p.predicateLabel("已拨付到位"));
        assertNull(p.predicateLabel("主要用于设备购置"));
        assertNull(labels.predicateLabel("全部到位"));
    }
}
