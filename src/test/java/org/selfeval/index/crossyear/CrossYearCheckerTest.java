package org.selfeval.index.crossyear;

import org.selfeval.index.FigureEntry;
import org.selfeval.index.IndexedReport;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossYearCheckerTest {

    private final CrossYearChecker checker = CrossYearChecker.withDefaults();

    private static IndexedReport report(String file, int year, String kind, boolean current, String text,
                                        FigureEntry... figures) {
        return new IndexedReport(file + "-sha", file, year + "年度某局整体支出绩效自评报告", "某局", "某区", year, kind,
                "hn-yy-dept-2020", 1, false, 15, 15, List.of(), List.of(), text, "", List.of(), List.of(figures),
                current, year);
    }

    private static IndexedReport dept(String file, int year, FigureEntry... figures) {
        return report(file, year, "部门整体支出", true, "", figures);
    }

    private static FigureEntry table(String label, String period, double value) {
        return new FigureEntry(label, period, value, "万元", "table");
    }

    @Test
    void previousColumnDiffersFromLastYearsActual_errorCitingBothFiles() {
        IndexedReport y2023 = dept("a/2023.docx", 2023, table("三公经费·决算数", "2023年决算数", 3.66));
        IndexedReport y2024 = dept("b/2024.pdf", 2024, table("三公经费·决算数", "2023年决算数", 3.5),
                table("三公经费·决算数", "2024年决算数", 2.0));
        List<Finding> found = checker.compare(y2024, List.of(y2023));
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals("CROSS_YEAR_MISMATCH", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("2023.docx") && f.message().contains("2024.pdf"), f.message());
        assertEquals(3.66, f.expected());
        assertEquals(3.5, f.actual());
        assertTrue(f.values().get(1).snippet().contains("2023.docx"));
    }

    @Test
    void earlierReportIndexedAfterLaterOne_sameFindingFromItsSide() {
        IndexedReport y2023 = dept("2023.docx", 2023, table("项目支出·决算数", "2023年决算数", 100));
        IndexedReport y2024 = dept("2024.docx", 2024, table("项目支出·决算数", "2023年决算数", 120));
        assertEquals(1, checker.compare(y2023, List.of(y2024)).size());
    }

    @Test
    void columnsAgreeWithinTolerance_noFinding() {
        IndexedReport y2023 = dept("2023.docx", 2023, table("公用经费·决算数", "2023年决算数", 27.63));
        IndexedReport y2024 = dept("2024.docx", 2024, table("公用经费·决算数", "2023年决算数", 27.635));
        assertTrue(checker.compare(y2024, List.of(y2023)).isEmpty());
    }

    @Test
    void supersededOrOtherKindOrTwoYearsApart_notCompared() {
        IndexedReport later = dept("2024.docx", 2024, table("三公经费·决算数", "2023年决算数", 3.5));
        IndexedReport superseded = report("2023-old.docx", 2023, "部门整体支出", false, "",
                table("三公经费·决算数", "2023年决算数", 9));
        IndexedReport project = report("2023-proj.docx", 2023, "项目支出", true, "",
                table("三公经费·决算数", "2023年决算数", 9));
        IndexedReport twoYears = dept("2022.docx", 2022, table("三公经费·决算数", "2023年决算数", 9));
        assertTrue(checker.compare(later, List.of(superseded, project, twoYears)).isEmpty());
    }

    @Test
    void proseChangeImpliesOtherLastYear_warning() {
        IndexedReport y2023 = dept("2023.docx", 2023, table("公务接待费·决算数", "2023年决算数", 3.66));
        IndexedReport y2024 = dept("2024.docx", 2024,
                new FigureEntry("公务接待费", "2024年决算", 0.67, "万元", "text"),
                new FigureEntry("公务接待费", "比上年减少", 2.5, "万元", "text"));
        List<Finding> found = checker.compare(y2024, List.of(y2023));
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("CY2", found.get(0).rule());
    }

    @Test
    void proseChangeAgrees_noFinding() {
        IndexedReport y2023 = dept("2023.docx", 2023, table("公务接待费·决算数", "2023年决算数", 3.66));
        IndexedReport y2024 = dept("2024.docx", 2024,
                new FigureEntry("公务接待费", "2024年决算", 0.67, "万元", "text"),
                new FigureEntry("公务接待费", "比上年减少", 2.99, "万元", "text"));
        assertTrue(checker.compare(y2024, List.of(y2023)).isEmpty());
    }

    @Test
    void atLeastTargetLoweredAfterBeingExceeded_warning() {
        FigureEntry achieved = new FigureEntry("组织业务培训·实际完成值", null, 5, "次", "table");
        IndexedReport y2023 = report("2023.docx", 2023, "部门整体支出", true, "数量指标 组织业务培训 ≥4次 5次 10 10", achieved);
        IndexedReport y2024 = report("2024.docx", 2024, "部门整体支出", true, "数量指标 组织业务培训 ≥3次 5次 10 10", achieved);
        List<Finding> found = checker.compare(y2024, List.of(y2023));
        assertEquals(1, found.size());
        assertEquals("CY3", found.get(0).rule());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void targetLoweredButNotExceededOrAtMostTarget_noFinding() {
        FigureEntry metOnly = new FigureEntry("组织业务培训·实际完成值", null, 4, "次", "table");
        IndexedReport a = report("2023.docx", 2023, "部门整体支出", true, "组织业务培训 ≥4次 4次", metOnly);
        IndexedReport b = report("2024.docx", 2024, "部门整体支出", true, "组织业务培训 ≥3次 4次", metOnly);
        assertTrue(checker.compare(b, List.of(a)).isEmpty());
        FigureEntry rate = new FigureEntry("投诉率·实际完成值", null, 6, "%", "table");
        IndexedReport c = report("2023.docx", 2023, "部门整体支出", true, "投诉率 ≤5% 6%", rate);
        IndexedReport d = report("2024.docx", 2024, "部门整体支出", true, "投诉率 ≤3% 2%", rate);
        assertTrue(checker.compare(d, List.of(c)).isEmpty());
    }
}
