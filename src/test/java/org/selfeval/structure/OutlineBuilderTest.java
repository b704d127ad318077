package org.selfeval.structure;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.DocumentMetadata;
import org.selfeval.model.Heading;
import org.selfeval.model.NumberingScheme;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;
import org.selfeval.model.TextStyle;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutlineBuilderTest {

    private static ReportDocument doc(Block... blocks) {
        DocumentMetadata m = new DocumentMetadata("t.docx", "0".repeat(64), 1, "docx", "x", 1, null, null, null, false);
        return new ReportDocument(m, List.of(blocks), List.of());
    }

    private static Paragraph p(String text) {
        return Paragraph.of(text, 1);
    }

    private static List<Heading> headings(ReportDocument d) {
        return new OutlineBuilder().apply(d).headings().toList();
    }

    @Test
    void nestedNumbering_givesLevelsByNesting() {
        List<Heading> hs = headings(doc(
                p("一、部门（单位）基本情况"),
                p("（一）、单位职能"),
                p("(1)负责拟订全区科技发展、引进国外智力的规划和政策措施，并组织实施;统筹推进全区科技创新体系建设和科技体制改革。"),
                p("（三）、2024年度部门整体支出、使用方向、主要内容和涉及范围"),
                p("1、2024年经费整体支出情况。"),
                p("2024年全年支出860.9万元，其中工资福利支出116.66万元。"),
                p("二、一般公共预算支出情况")));
        assertEquals(List.of("一、", "（一）、", "（三）、", "1、", "二、"),
                hs.stream().map(Heading::numbering).toList());
        assertEquals(List.of(1, 2, 2, 3, 1), hs.stream().map(Heading::level).toList());
    }

    @Test
    void longNumberedItem_isAListItemNotAHeading() {
        ReportDocument out = new OutlineBuilder().apply(doc(
                p("七、存在的问题及原因分析"),
                p("1、缺少专门的绩效管理人才。目前,绩效管理工作跟随预算的相关工作均由财政部门牵头管理,大部分基层行政事业单位的绩效管理工作也是由财务部门牵头负责。")));
        assertEquals(1, out.headings().count());
        assertEquals(1, out.paragraphs().count());
    }

    @Test
    void arabicParenAfterChineseParen_isSiblingWithDrift() {
        List<Heading> hs = headings(doc(
                p("二、一般公共预算支出情况"),
                p("（一）基本支出情况"),
                p("基本支出用于为保障机构正常运转。"),
                p("（2） 项目支出情况"),
                p("三、政府性基金预算支出情况")));
        Heading drifted = hs.get(2);
        assertEquals("（2）", drifted.numbering());
        assertEquals(NumberingScheme.ARABIC_PAREN, drifted.scheme());
        assertEquals(2, drifted.level());
        assertNotNull(drifted.drift());
        assertNull(hs.get(1).drift());
        assertEquals(1, hs.get(3).level());
    }

    @Test
    void skippedNumber_isRecordedAsDrift() {
        List<Heading> hs = headings(doc(p("一、基本情况"), p("三、政府性基金预算支出情况")));
        assertNull(hs.get(0).drift());
        assertNotNull(hs.get(1).drift());
        assertEquals(1, hs.get(1).level());
    }

    @Test
    void attachmentsListAndTableTitles_areAttachmentHeadings() {
        Table t = new Table(List.of(1), 1, 1, List.of(Cell.of(0, 0, "x")), "word", null);
        ReportDocument out = new OutlineBuilder().apply(doc(
                p("十、其他需要说明的情况"), p("无"),
                p("附件："),
                p("1.部门整体支出绩效评价基础数据表"),
                p("2.部门整体支出绩效自评表"),
                p("2024年度部门整体支出绩效评价基础数据表"), t,
                p("说明：“项目支出”需要填报基本支出以外的所有项目支出情况。")));
        List<Heading> hs = out.headings().toList();
        assertEquals(List.of("其他需要说明的情况", "附件：", "部门整体支出绩效评价基础数据表", "部门整体支出绩效自评表",
                "2024年度部门整体支出绩效评价基础数据表"), hs.stream().map(Heading::title).toList());
        assertEquals(NumberingScheme.ATTACHMENT, hs.get(1).scheme());
        assertEquals(2, hs.get(2).level());
        assertEquals(NumberingScheme.ATTACHMENT, hs.get(4).scheme());
        assertEquals(1, hs.get(4).level());
        assertTrue(out.paragraphs().anyMatch(p -> p.text().equals("无")));
    }

    @Test
    void tableTitleWithoutTable_staysParagraph() {
        ReportDocument out = new OutlineBuilder().apply(doc(p("详见部门整体支出绩效自评表"), p("正文继续。")));
        assertEquals(0, out.headings().count());
    }

    @Test
    void wordHeadingStyleWithoutNumber_isHeadingAtStyleLevel() {
        Paragraph styled = new Paragraph("概述", 0, new TextStyle(16.0, true, "heading 2", null, false), false, null);
        List<Heading> hs = headings(doc(styled));
        assertEquals(1, hs.size());
        assertEquals(2, hs.get(0).level());
        assertEquals(NumberingScheme.NONE, hs.get(0).scheme());
    }

    @Test
    void blockOrderAndCount_arePreserved() {
        List<Block> in = new ArrayList<>(List.of(p("一、基本情况"), p("正文"), p("二、问题")));
        ReportDocument out = new OutlineBuilder().apply(doc(in.toArray(Block[]::new)));
        assertEquals(3, out.blocks().size());
        assertTrue(out.blocks().get(1) instanceof Paragraph);
    }
}
