package org.selfeval.figures;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Figure;
import org.selfeval.model.Paragraph;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageBreakJoinTest {

    private static List<Figure> figures(Paragraph... ps) {
        return TestLabels.EXTRACTOR.extract(Docs.of(ps));
    }

    @Test
    void labelCutByPageBreak_readWhole_eachFigureOnItsPage() {
        List<Figure> f = figures(Paragraph.of("2022年基本支出659.48万元，其中：工资福利支", 4),
                Paragraph.of("出665.79万元，占基本支出的98.94%；日常公用经费6.96万元。", 5));
        Figure wages = Docs.find(f, "工资福利支出", 665.79);
        assertEquals(5, wages.page());
        assertEquals(4, Docs.find(f, "基本支出", 659.48).page());
        assertEquals(5, Docs.find(f, "日常公用经费", 6.96).page());
    }

    @Test
    void endedSentence_numberedNext_samePage_orCutNumber_notJoined() {
        assertFalse(PageBreakJoin.continues(Paragraph.of("全年支出900万元。", 1), Paragraph.of("其中基本支出500万元。", 2)));
        assertFalse(PageBreakJoin.continues(Paragraph.of("全年支出900万元，其中", 1), Paragraph.of("（二）项目支出情况", 2)));
        assertFalse(PageBreakJoin.continues(Paragraph.of("全年支出900万元，其中", 1), Paragraph.of("基本支出500万元。", 1)));
        assertFalse(PageBreakJoin.continues(Paragraph.of("全年支出共计1", 1), Paragraph.of("23万元。", 2)));
        assertFalse(PageBreakJoin.continues(Paragraph.of("三、项目绩效情况", 1), Paragraph.of("项目全年完成投资50万元。", 2)));
        assertTrue(PageBreakJoin.continues(Paragraph.of("全年支出900万元，其中", 1), Paragraph.of("基本支出500万元。", 2)));
    }
}
