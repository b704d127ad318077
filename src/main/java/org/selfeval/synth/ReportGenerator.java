package org.selfeval.synth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws one {@link ReportSpec} from a seed. Only {@code new Random(seed)} is used, so the same
 * seed always yields the same spec.
 */
public final class ReportGenerator {

    private static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    public ReportSpec generate(String id, long seed) {
        Random rnd = new Random(seed);
        ReportBasics basics = ReportBasics.draw(rnd);
        int year = basics.year();
        ReportSpec.Department dept = basics.dept();
        ReportSpec.RenderStyle style = basics.style();
        List<String> projectNames = Vocabulary.sample(rnd, Vocabulary.PROJECTS, 2 + rnd.nextInt(3));
        BudgetFigures money = BudgetFigures.random(rnd, projectNames);
        IndicatorPlan plan = IndicatorPlan.random(rnd, money);
        return compose(id, seed, rnd, year, dept, style, money, plan);
    }

    /** The spec for given facts; {@code rnd} only picks wording (numbering habits, duties, problems). */
    ReportSpec compose(String id, long seed, Random rnd, int year, ReportSpec.Department dept,
                       ReportSpec.RenderStyle style, BudgetFigures money, IndicatorPlan plan) {
        Numbering numbering = new Numbering(rnd.nextBoolean() ? "、" : "", rnd.nextBoolean() ? "、" : ".");
        FigureLog figures = new FigureLog();
        ProseWriter prose = new ProseWriter(year, dept, money, plan, figures);

        List<SectionSpec> sections = new ArrayList<>();
        sections.add(top(0, "部门（单位）基本情况", List.of(), List.of(
                numbering.sub(1, "单位职能", prose.duties(rnd)),
                numbering.sub(2, "机构设置", List.of(prose.organisation(rnd))),
                numbering.sub(3, year + "年度部门整体支出、使用方向、主要内容和涉及范围", List.of())
                        .withChildren(List.of(
                                numbering.item(1, year + "年经费整体支出情况。", List.of(prose.economicSplit())),
                                numbering.item(2, "资金使用方向、主要内容及涉及范围。", List.of(prose.usage())),
                                numbering.item(3, "关于" + year + "年度“三公”经费决算情况", List.of(prose.threePublic())))))));
        sections.add(top(1, "一般公共预算支出情况", List.of(), List.of(
                numbering.sub(1, "基本支出情况", List.of(prose.basicShares())),
                numbering.sub(2, "项目支出情况", List.of(prose.projects())))));
        sections.add(top(2, "政府性基金预算支出情况", List.of("无"), List.of()));
        sections.add(top(3, "国有资本经营预算支出情况", List.of("无"), List.of()));
        sections.add(top(4, "社会保险基金预算支出情况", List.of("无"), List.of()));
        sections.add(top(5, "部门整体支出绩效情况", List.of(prose.performanceIntro(), prose.budgetAdjustment(),
                prose.grade(plan.totalScore(money))), List.of(
                numbering.sub(1, year + "年部门整体支出绩效目标设置及完成情况", prose.goals()),
                numbering.sub(2, "单位资产管理和整体业务实施效果情况", List.of(prose.assets())))));
        sections.add(top(6, "存在的问题及原因分析", prose.numbered(rnd, Vocabulary.PROBLEMS), List.of()));
        sections.add(top(7, "下一步改进措施", prose.numbered(rnd, Vocabulary.MEASURES), List.of()));
        sections.add(top(8, "部门整体支出绩效自评结果拟应用和公开情况", List.of(prose.publication()), List.of()));
        sections.add(top(9, "其他需要说明的情况", List.of(rnd.nextInt(3) == 0 ? prose.otherNotes() : "无"), List.of()));

        String totalScore = plan.totalScore(money).toPlainString();
        figures.add("score.total", plan.totalScore(money), "分", "table:SELF_EVALUATION");
        figures.add("score.execution", BigDecimal.valueOf(money.executionScore()), "分", "table:SELF_EVALUATION");
        figures.add("budget.initial", money.initialBudget(), "万元", "table:SELF_EVALUATION");
        figures.add("budget.full", money.fullBudget(), "万元", "table:SELF_EVALUATION");
        figures.add("staff.quota", BigDecimal.valueOf(money.staffQuota()), "人", "prose,table:BASIC_DATA");
        figures.add("staff.actual", BigDecimal.valueOf(money.staffActual()), "人", "table:BASIC_DATA");
        figures.add("staff.controlRate", money.staffControlRate(), "%", "table:BASIC_DATA");
        List<TableSpec> tables = List.of(
                TableFactory.basicData(year, money),
                TableFactory.selfEvaluation(year, dept.fullName(), money, plan, prose.overallGoal(), prose.overallResult()),
                TableFactory.scoring(totalScore));
        List<String> attachments = List.of("1.部门整体支出绩效评价基础数据表", "2.部门整体支出绩效自评表",
                "3.部门整体支出绩效自评工作考核评分表");
        String title = year + "年度" + dept.fullName() + "整体支出绩效自评报告";
        return new ReportSpec(id, seed, year, dept, style, title, sections, attachments, tables, figures.all());
    }

    private static SectionSpec top(int index, String title, List<String> paragraphs, List<SectionSpec> children) {
        return new SectionSpec(CHINESE[index] + "、", 1, title, paragraphs, children);
    }

    static String chinese(int oneBased) {
        return CHINESE[oneBased - 1];
    }

    /** Per-document numbering habits: "（一）" or "（一）、", "1、" or "1.". */
    private record Numbering(String afterParen, String afterArabic) {
        SectionSpec sub(int n, String title, List<String> paragraphs) {
            return SectionSpec.of("（" + chinese(n) + "）" + afterParen, 2, title, paragraphs);
        }

        SectionSpec item(int n, String title, List<String> paragraphs) {
            return SectionSpec.of(n + afterArabic, 3, title, paragraphs);
        }
    }

    /** Collects figures in injection order. */
    static final class FigureLog {
        private final List<Figure> figures = new ArrayList<>();

        void add(String key, BigDecimal value, String unit, String where) {
            figures.add(new Figure(key, value, unit, where));
        }

        List<Figure> all() {
            return List.copyOf(figures);
        }
    }
}
