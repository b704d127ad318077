package org.selfeval.extract.pdf;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Paragraph;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Paragraph calibration on a sparse page: short numbered headings keep apart from their bodies. */
class ParagraphBuilderTest {

    private static final double SIZE = 12;

    private static TextLine line(String text, int row, double x1) {
        double baseline = 100 + row * 20;
        return new TextLine(List.of(), text, 90, baseline - SIZE, x1, baseline + 2, baseline, SIZE, false);
    }

    @Test
    void shortNumberedHeading_onASparsePage_doesNotSwallowItsBody() {
        // Mostly short lines: the page's usual right edge (80th percentile) is the headings' own.
        List<TextLine> lines = new ArrayList<>();
        lines.add(line("五、资产管理情况", 0, 186));
        lines.add(line("本年度资产盘点账实相符，处置程序合规，资产台账按季度更新并与财务账核", 1, 505));
        lines.add(line("对一致。", 2, 138));
        lines.add(line("六、政府采购情况", 3, 186));
        lines.add(line("无", 4, 102));
        lines.add(line("七、其他需要说明的事项", 5, 222));
        lines.add(line("无", 6, 102));
        lines.add(line("八、备注", 7, 138));
        lines.add(line("无", 8, 102));
        List<Paragraph> out = ParagraphBuilder.forPage(1, lines).build(lines);
        List<String> texts = out.stream().map(Paragraph::text).toList();
        assertEquals(List.of("五、资产管理情况", "本年度资产盘点账实相符，处置程序合规，资产台账按季度更新并与财务账核对一致。",
                "六、政府采购情况", "无", "七、其他需要说明的事项", "无", "八、备注", "无"), texts);
    }

    @Test
    void numberedLineFillingTheLine_stillWrapsIntoOneParagraph() {
        List<TextLine> lines = new ArrayList<>();
        lines.add(line("1.完善项目管理制度，明确资金拨付流程和各环节责任人，按月调度项目进度并", 0, 505));
        lines.add(line("通报。", 1, 126));
        lines.add(line("2.加强绩效监控。", 2, 186));
        List<String> texts = ParagraphBuilder.forPage(1, lines).build(lines).stream().map(Paragraph::text).toList();
        assertEquals(List.of("1.完善项目管理制度，明确资金拨付流程和各环节责任人，按月调度项目进度并通报。", "2.加强绩效监控。"), texts);
    }
}
