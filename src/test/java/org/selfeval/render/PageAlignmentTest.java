package org.selfeval.render;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.Heading;
import org.selfeval.model.NumberingScheme;
import org.selfeval.model.Paragraph;
import org.selfeval.model.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageAlignmentTest {

    private static Paragraph p(String text) {
        return new Paragraph(text, 1, null, false, null);
    }

    private static int page(PageAlignment.Result r, int i) {
        return r.blocks().get(i).page();
    }

    @Test
    void blocksTakeThePageTheirTextStartsOn_despiteSpacingAndPunctuation() {
        List<Block> blocks = List.of(
                p("一、部门（单位）基本情况"),
                p("本单位2024年度全年支出860.90万元，其中基本支出300万元。"),
                p("存在的问题及原因分析：部分项目资金支付进度偏慢。"));
        List<String> pages = List.of(
                "一、部门(单位)基本情况\n本单位 2024 年度全年支出 860.90 万元,\n- 1 -",
                "其中基本支出 300 万元。\n存在的问题及原因分析:部分项目\n- 2 -",
                "资金支付进度偏慢。\n- 3 -");
        PageAlignment.Result r = PageAlignment.align(blocks, pages);
        assertEquals(List.of(1, 1, 2), List.of(page(r, 0), page(r, 1), page(r, 2)));
        assertEquals(3, r.found());
    }

    @Test
    void aPhraseRepeatedLater_doesNotPullAnEarlierBlockForward() {
        String sign = "填表人：填报日期：联系电话：单位负责人签字：";
        List<Block> blocks = List.of(p("附表一 部门整体支出绩效评价基础数据表"), p(sign),
                p("附表二 部门整体支出绩效自评表"), p(sign));
        List<String> pages = List.of("附表一 部门整体支出绩效评价基础数据表 ……" + sign,
                "附表二 部门整体支出绩效自评表 ……" + sign);
        PageAlignment.Result r = PageAlignment.align(blocks, pages);
        assertEquals(List.of(1, 1, 2, 2), List.of(page(r, 0), page(r, 1), page(r, 2), page(r, 3)));
    }

    @Test
    void aTableRunsFromItsFirstCellsPageToItsLastCellsPage() {
        Table t = new Table(List.of(1), 3, 2, List.of(
                new Cell(0, 0, 1, 1, "项目名称", List.of(), null), new Cell(0, 1, 1, 1, "全年执行数", List.of(), null),
                new Cell(1, 0, 1, 1, "一般公共预算", List.of(), null), new Cell(1, 1, 1, 1, "860.02", List.of(), null),
                new Cell(2, 0, 1, 1, "其他资金合计数", List.of(), null), new Cell(2, 1, 1, 1, "0.47", List.of(), null)),
                "word", null);
        List<Block> blocks = List.of(p("十、其他需要说明的情况：无"), t, p("单位负责人签字盖章处"));
        List<String> pages = List.of("十、其他需要说明的情况:无", "项目名称 全年执行数\n一般公共预算 860.02",
                "其他资金合计数 0.47\n单位负责人签字盖章处");
        PageAlignment.Result r = PageAlignment.align(blocks, pages);
        Table aligned = (Table) r.blocks().get(1);
        assertEquals(List.of(2, 3), aligned.pages());
        assertEquals(List.of(2, 2, 2, 2, 3, 3), aligned.cells().stream().map(c -> c.pageIn(aligned)).toList());
        assertEquals(3, page(r, 2));
    }

    @Test
    void headingsAreFoundByTitle_andUnfoundBlocksTakeThePageBefore() {
        List<Block> blocks = List.of(
                new Heading("一、", NumberingScheme.CHINESE, 1, "部门基本情况说明", 1, null, false, null),
                p("甲乙"),
                p("这一段在渲染结果里根本不存在的文字内容"),
                new Heading("二、", NumberingScheme.CHINESE, 1, "部门整体支出绩效情况", 1, null, false, null));
        List<String> pages = List.of("前言", "1. 部门基本情况说明 正文", "甲乙丙", "2. 部门整体支出绩效情况");
        PageAlignment.Result r = PageAlignment.align(blocks, pages);
        assertEquals(List.of(2, 2, 2, 4), List.of(page(r, 0), page(r, 1), page(r, 2), page(r, 3)));
        assertEquals(2, r.found());
        assertEquals(3, r.searched());
    }

    @Test
    void aBlockFarBeyondTheWindow_isNotTakenFromThere() {
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < 800; i++) {
            filler.append("无关的其他文字内容");
        }
        List<Block> blocks = List.of(p("开头的一段说明文字"), p("在很远以后才出现的一段文字"));
        List<String> pages = List.of("开头的一段说明文字", filler.toString(), "在很远以后才出现的一段文字");
        PageAlignment.Result r = PageAlignment.align(blocks, pages);
        assertEquals(1, page(r, 1));
        assertEquals(1, r.found());
    }
}
