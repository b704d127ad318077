package org.selfeval.figures;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Cell;
import org.selfeval.model.Figure;
import org.selfeval.model.Paragraph;
import org.selfeval.model.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFiguresTest {

    /**
     * 经费控制情况（万元）| 2023年 (spans 2)        | 2024年 (spans 2)
     *   ↑ (spans 2 rows)  | 预算数 | 决算数         | 预算数 | 决算数
     * 三公经费            | 1.5    | 0.66           | 1.2    | 0.31
     * 其中：公务接待      | 1.5    | 0.66           | ——     |
     * 1、业务工作经费     | 779.67 | 779.67         | 101    | 667.1
     */
    private static Table mergedHeaderTable() {
        return new Table(List.of(5), 5, 5, List.of(
                Cell.spanning(0, 0, 2, 1, "经费控制情况（万元）"),
                Cell.spanning(0, 1, 1, 2, "2023年"), Cell.spanning(0, 3, 1, 2, "2024年"),
                Cell.of(1, 1, "预算数"), Cell.of(1, 2, "决算数"), Cell.of(1, 3, "预算数"), Cell.of(1, 4, "决算数"),
                Cell.of(2, 0, "三公经费"), Cell.of(2, 1, "1.5"), Cell.of(2, 2, "0.66"), Cell.of(2, 3, "1.2"), Cell.of(2, 4, "0.31"),
                Cell.of(3, 0, "其中：公务接待"), Cell.of(3, 1, "1.5"), Cell.of(3, 2, "0.66"), Cell.of(3, 3, "——"), Cell.of(3, 4, ""),
                Cell.of(4, 0, "   1、业务工作经费"), Cell.of(4, 1, "779.67"), Cell.of(4, 2, "779.67"), Cell.of(4, 3, "101"),
                Cell.of(4, 4, "667.1")), "word", null);
    }

    private static List<Figure> figures(Table... tables) {
        return TestLabels.EXTRACTOR.extract(Docs.of(tables));
    }

    @Test
    void mergedHeaderCells_joinIntoColumnLabel() {
        List<Figure> f = figures(mergedHeaderTable());
        Figure final2024 = Docs.find(f, "三公经费·2024年·决算数", 0.31);
        assertEquals("三公经费", final2024.rowHeader());
        assertEquals("2024年·决算数", final2024.colHeader());
        assertEquals("table", final2024.source());
        assertEquals(0, final2024.table());
        assertEquals(2, final2024.row());
        assertEquals(4, final2024.col());
        assertEquals(5, final2024.page());
    }

    @Test
    void rowLabels_dropQizhongAndListNumbers() {
        List<Figure> f = figures(mergedHeaderTable());
        assertEquals("公务接待", Docs.find(f, "公务接待·2023年·预算数", 1.5).rowHeader());
        assertEquals("业务工作经费", Docs.find(f, "业务工作经费·2024年·决算数", 667.1).rowHeader());
    }

    @Test
    void unitNoteInHeader_givesCellsTheUnit() {
        assertTrue(figures(mergedHeaderTable()).stream().allMatch(x -> "万元".equals(x.unit())));
    }

    @Test
    void dashesAndBlanks_areNotFigures() {
        List<Figure> f = figures(mergedHeaderTable());
        assertEquals(10, f.size());
        assertTrue(f.stream().noneMatch(x -> x.row() == 3 && x.col() >= 3));
    }

    @Test
    void pairsInsideOneCell_areLabelledByTheirOwnLabel() {
        Table t = new Table(List.of(6), 4, 4, List.of(
                Cell.spanning(0, 0, 4, 1, "年度预算申请（万元）"), Cell.of(0, 1, "年初预算数"), Cell.of(0, 2, "全年预算数"),
                Cell.of(0, 3, "全年执行数"),
                Cell.of(1, 1, "281.98"), Cell.of(1, 2, "880.57"), Cell.of(1, 3, "860.9"),
                Cell.spanning(2, 1, 1, 3, "其中：　一般公共预算：860.02"),
                Cell.spanning(3, 1, 1, 3, "政府性基金拨款：")), "word", null);
        List<Figure> f = figures(t);
        Figure general = Docs.find(f, "一般公共预算", 860.02);
        assertEquals("万元", general.unit());
        assertNull(general.colHeader());
        assertEquals(4, f.size(), () -> f.toString());
    }

    @Test
    void valueTextInValueColumn_isNotTheRowLabel() {
        Table t = new Table(List.of(6), 3, 6, List.of(
                Cell.of(0, 0, "二级指标"), Cell.of(0, 1, "三级指标"), Cell.of(0, 2, "年度指标值"), Cell.of(0, 3, "实际完成值"),
                Cell.of(0, 4, "分值"), Cell.of(0, 5, "得分"),
                Cell.spanning(1, 0, 2, 1, "质量指标"), Cell.of(1, 1, "全区规模工业增加值同比增长率"), Cell.of(1, 2, "稳步增长"),
                Cell.of(1, 3, "9.2%"), Cell.of(1, 4, "5"), Cell.of(1, 5, "5"),
                Cell.of(2, 1, "企业服务质效提升率"), Cell.of(2, 2, "≥98%"), Cell.of(2, 3, "100%"), Cell.of(2, 4, "5"),
                Cell.of(2, 5, "5")), "word", null);
        List<Figure> f = figures(t);
        Figure actual = Docs.find(f, "全区规模工业增加值同比增长率·实际完成值", 9.2);
        assertEquals("%", actual.unit());
        assertEquals("分", Docs.find(f, "全区规模工业增加值同比增长率·分值", 5).unit());
        assertEquals("≥", Docs.find(f, "企业服务质效提升率·年度指标值", 98).comparator());
    }

    @Test
    void unitFromTitleLine_whenTableDeclaresNone() {
        Table t = new Table(List.of(2), 2, 3, List.of(
                Cell.of(0, 0, "项目"), Cell.of(0, 1, "预算数"), Cell.of(0, 2, "决算数"),
                Cell.of(1, 0, "基本支出"), Cell.of(1, 1, "200"), Cell.of(1, 2, "193.13")), "word", null);
        List<Figure> f = TestLabels.EXTRACTOR.extract(Docs.of(Paragraph.of("单位：万元", 2), t));
        assertEquals("万元", Docs.find(f, "基本支出·决算数", 193.13).unit());
        assertEquals("基本支出·决算数", Docs.find(f, "基本支出·决算数", 193.13).canonical());
    }

    @Test
    void tableOrdinals_countTablesInOrder() {
        List<Figure> f = figures(mergedHeaderTable(), mergedHeaderTable());
        assertEquals(1, f.get(f.size() - 1).table());
    }

    /** 项目资金（元）| 全年执行数 over a broken PDF cell: the number is joined, in 元. */
    @Test
    void wrappedNumberInNarrowPdfCell_joinedAndInTableUnit() {
        Table pdf = new Table(List.of(3), 2, 3, List.of(
                Cell.of(0, 0, "项目资金（元）"), Cell.of(0, 1, "全年预算数"), Cell.of(0, 2, "全年执行数"),
                Cell.of(1, 0, "年度资金总额"), Cell.of(1, 1, "1,820,000.00"), Cell.of(1, 2, "1,765,40 0.00")),
                "lattice", null);
        Figure f = Docs.find(figures(pdf), "年度资金总额·全年执行数", 1765400);
        assertEquals("元", f.unit());
        Table word = new Table(List.of(3), 2, 3, List.of(
                Cell.of(0, 0, "项目资金（元）"), Cell.of(0, 1, "全年预算数"), Cell.of(0, 2, "全年执行数"),
                Cell.of(1, 0, "年度资金总额"), Cell.of(1, 1, "1,820,000.00"), Cell.of(1, 2, "1,765,40 0.00")),
                "word", null);
        assertTrue(figures(word).stream().noneMatch(x -> x.value() == 1765400), "Word cells are taken as written");
        Table two = new Table(List.of(3), 2, 3, List.of(
                Cell.of(0, 0, "项目资金（元）"), Cell.of(0, 1, "全年预算数"), Cell.of(0, 2, "全年执行数"),
                Cell.of(1, 0, "年度资金总额"), Cell.of(1, 1, "1,820,000.00"), Cell.of(1, 2, "100 200")),
                "lattice", null);
        assertTrue(figures(two).stream().noneMatch(x -> x.value() == 100200), "two well-formed numbers stay two");
    }
}
