package org.selfeval.extract.pdf;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Paragraph;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRulesTest {

    @Test
    void ocrSpacesBetweenCjk_removedLatinSpacesKept() {
        assertEquals("部门基本情况 total 12 万元", Cjk.removeSpacesBetweenCjk("部 门 基 本 情 况 total 12 万 元"));
        assertEquals("年度预算申请", Cjk.join("年度预", "算申请"));
        assertEquals("annual budget", Cjk.join("annual", "budget"));
    }

    @Test
    void ocrText_numberedLinesStartParagraphs() {
        List<Paragraph> ps = OcrEngine.paragraphs("一 、 部 门 基 本 情 况\n（ 一 ） 单 位 职 能\n负 责 拟 订\n全 区 规 划\n\n二、其他", 3);
        assertEquals(List.of("一、部门基本情况", "（一）单位职能", "负责拟订全区规划", "二、其他"),
                ps.stream().map(Paragraph::text).toList());
        assertTrue(ps.stream().allMatch(p -> p.ocr() && p.page() == 3));
    }

    private static PageFurniture.Placed placed(String text, double y) {
        Glyph g = new Glyph(text, 100, y - 10, 120, y + 2, y, 12, false);
        return new PageFurniture.Placed(new TextLine(List.of(g), text, 100, y - 10, 120, y + 2, y, 12, false), 842);
    }

    @Test
    void pageNumbersAndRepeatedHeadersInMargins_areFurniture() {
        List<List<PageFurniture.Placed>> pages = List.of(
                List.of(placed("某某局绩效自评报告", 40), placed("正文第一页", 300), placed("—1—", 810)),
                List.of(placed("某某局绩效自评报告", 40), placed("正文第二页", 300), placed("- 2 -", 810)),
                List.of(placed("某某局绩效自评报告", 40), placed("第 3 页 共 3 页", 810), placed("12", 400)));
        PageFurniture f = new PageFurniture(pages);
        assertTrue(f.test(pages.get(0).get(0)));
        assertTrue(f.test(pages.get(0).get(2)));
        assertTrue(f.test(pages.get(1).get(2)));
        assertTrue(f.test(pages.get(2).get(1)));
        assertFalse(f.test(pages.get(0).get(1)));
        // A bare number in the body is content, not a page number.
        assertFalse(f.test(pages.get(2).get(2)));
    }
}
