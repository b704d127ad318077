package org.selfeval.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated corpus of the index contract: three departments × two years of 部门整体 reports,
 * a project department, and a second 2024 version of department A that supersedes the first.
 * Keys (A23, A24v1, A24v2, …) name the reports in the expected hit sets.
 */
public final class ContractCorpus {

    public static final String DEPT_A = "岳阳市君山区科学技术和工业信息化局";
    public static final String DEPT_B = "岳阳市教育局";
    public static final String DEPT_C = "临湘市财政局";
    public static final String DEPT_D = "岳阳市农业农村局";

    private ContractCorpus() {
    }

    /** In upsert order; later indexedAt means newer, so A24v2 supersedes A24v1. */
    public static Map<String, IndexedReport> reports(IndexAnalysis analysis) {
        Map<String, IndexedReport> m = new LinkedHashMap<>();
        long t = 1_700_000_000_000L;
        m.put("A23", report(analysis, "A23", DEPT_A, "君山区", 2023, "部门整体", t,
                "一、部门基本情况\n本局负责全区科技创新和工业发展，推进园区建设。\n二、绩效目标完成情况\n全年预算执行率92.5%。",
                List.of(fig("预算执行率", 92.5, "%"), fig("三公经费", 0.6, "万元")), List.of()));
        m.put("A24v1", report(analysis, "A24v1", DEPT_A, "君山区", 2024, "部门整体", t + 10,
                "一、部门基本情况\n培育专精特新企业3家，服务中小企业。\n二、绩效目标完成情况\n预算执行率88%。",
                List.of(fig("预算执行率", 88, "%"), fig("三公经费", 2.5, "万元")), List.of()));
        m.put("B23", report(analysis, "B23", DEPT_B, "岳阳市", 2023, "部门整体", t + 1,
                "一、部门基本情况\n全市教育系统巩固乡村振兴成果，改善办学条件。\n预算执行率99%。",
                List.of(fig("预算执行率", 99, "%"), fig("全年支出", 12000, "万元")), List.of()));
        m.put("B24", report(analysis, "B24", DEPT_B, "岳阳市", 2024, "部门整体", t + 2,
                "一、部门基本情况\n学校建设与乡村振兴资金统筹使用。\n预算执行率85%，三公经费0.8万元。",
                List.of(fig("预算执行率", 85, "%"), fig("三公经费", 0.8, "万元")),
                List.of(new FindingEntry("SUM_MISMATCH", "error", "T5", "合计与分项之和不符"))));
        m.put("C23", report(analysis, "C23", DEPT_C, "临湘市", 2023, "部门整体", t + 3,
                "一、部门基本情况\n推行科技创新券兑付，规范财政资金管理。\n预算执行率100%。",
                List.of(fig("预算执行率", 100, "%")),
                List.of(new FindingEntry("RATIO_MISMATCH", "warning", "T7", "执行率与金额不符"))));
        m.put("C24", report(analysis, "C24", DEPT_C, "临湘市", 2024, "部门整体", t + 4,
                "一、部门基本情况\n加强预算绩效管理，全年预算执行率97.3%。",
                List.of(fig("预算执行率", 97.3, "%"), fig("全年支出", 3456.7, "万元")), List.of()));
        m.put("D24", report(analysis, "D24", DEPT_D, "岳阳市", 2024, "项目", t + 5,
                "一、项目基本情况\n高标准农田建设项目，乡村振兴重点项目。\n预算执行率96%。",
                List.of(fig("预算执行率", 96, "%")), List.of()));
        m.put("A24v2", report(analysis, "A24v2", DEPT_A, "君山区", 2024, "部门整体", t + 20,
                "一、部门基本情况\n培育专精特新企业5家，服务中小企业。\n二、绩效目标完成情况\n预算执行率96%。",
                List.of(fig("预算执行率", 96, "%"), fig("三公经费", 2.5, "万元")), List.of()));
        return m;
    }

    /** The sha256 of a corpus key (stable, 64 hex digits). */
    public static String sha(String key) {
        StringBuilder sb = new StringBuilder();
        for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            sb.append(String.format("%02x", b));
        }
        while (sb.length() < 64) {
            sb.append('0');
        }
        return sb.toString();
    }

    static IndexedReport report(IndexAnalysis analysis, String key, String dept, String region, int year,
                                String kind, long indexedAt, String text, List<FigureEntry> figures,
                                List<FindingEntry> findings) {
        String title = dept + year + "年度" + (kind.equals("项目") ? "项目支出" : "部门整体支出") + "绩效自评报告";
        List<SectionText> sections = new ArrayList<>();
        sections.add(new SectionText("部门基本情况", "部门基本情况", text.lines().skip(1).findFirst().orElse("")));
        return new IndexedReport(sha(key), key + ".docx", title, dept, region, year, kind, "hn-dept", 3, false,
                18, 20, List.of(), findings, title + "\n" + text, analysis.segmented(title + "\n" + text),
                sections, figures, true, indexedAt);
    }

    static FigureEntry fig(String label, double value, String unit) {
        return new FigureEntry(label, "2024年", value, unit, "text");
    }
}
