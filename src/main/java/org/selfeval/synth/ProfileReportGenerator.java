package org.selfeval.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reports for every rule profile (rubric §1): the 部门整体 report of {@link ReportGenerator}
 * (hn-yy-dept-2020), the legacy 2018 部门整体 outline (yy-dept-2018), and 项目支出 reports in the
 * three project outlines (hn-proj-transfer, hn-proj-unit, cn-eval-ref) with a 项目支出绩效自评表.
 * Deterministic per seed, like {@link ReportGenerator}.
 */
public final class ProfileReportGenerator {

    public static final List<String> PROFILES =
            List.of("hn-yy-dept-2020", "hn-proj-transfer", "hn-proj-unit", "cn-eval-ref", "yy-dept-2018");

    private static final List<String> DEPT_PARTS = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10");

    private final ReportGenerator departmentGenerator = new ReportGenerator();

    public ProfileReport generate(String profileId, String id, long seed) {
        return switch (profileId) {
            case "hn-yy-dept-2020" -> new ProfileReport(profileId, departmentGenerator.generate(id, seed), DEPT_PARTS,
                    Map.of(TableSpec.Kind.BASIC_DATA, "A1", TableSpec.Kind.SELF_EVALUATION, "A2",
                            TableSpec.Kind.SCORING, "A3"));
            case "yy-dept-2018" -> legacy(id, seed);
            case "hn-proj-transfer", "hn-proj-unit", "cn-eval-ref" -> project(profileId, id, seed);
            default -> throw new IllegalArgumentException("no generator for profile " + profileId);
        };
    }

    /** A 部门整体 spec (e.g. one year of a {@link FamilyGenerator} family) with the hn-yy-dept-2020 part map. */
    public static ProfileReport department(ReportSpec spec) {
        return new ProfileReport("hn-yy-dept-2020", spec, DEPT_PARTS, Map.of(TableSpec.Kind.BASIC_DATA, "A1",
                TableSpec.Kind.SELF_EVALUATION, "A2", TableSpec.Kind.SCORING, "A3"));
    }

    /** The 2018-era outline: 基本概况 / 整体支出概况 / 绩效目标 / 实施情况分析 (+ 问题, 措施). */
    private ProfileReport legacy(String id, long seed) {
        ReportSpec base = departmentGenerator.generate(id, seed);
        List<SectionSpec> old = base.sections();
        List<SectionSpec> sections = List.of(
                top(0, "部门（单位）基本概况", old.get(0).children().get(0).paragraphs()),
                top(1, "部门整体支出概况", allParagraphs(old.get(0).children().get(2))),
                top(2, "部门整体支出绩效目标", old.get(5).children().get(0).paragraphs()),
                top(3, "绩效实施情况分析", old.get(5).paragraphs()),
                top(4, "存在的问题及原因分析", old.get(6).paragraphs()),
                top(5, "下一步改进措施", old.get(7).paragraphs()));
        List<String> parts = Arrays.asList("P1", "P2", "P3", "P4", null, null);
        String title = base.department().fullName() + base.year() + "年度部门整体支出绩效自评报告";
        return new ProfileReport("yy-dept-2018", base.withSections(sections).withTitle(title), parts, Map.of());
    }

    private ProfileReport project(String profileId, String id, long seed) {
        Random rnd = new Random(seed);
        ReportBasics basics = ReportBasics.draw(rnd);
        int year = basics.year();
        ReportSpec.Department dept = basics.dept();
        ReportSpec.RenderStyle style = basics.style();
        String project = Vocabulary.pick(rnd, Vocabulary.PROJECTS);
        BudgetFigures m = BudgetFigures.random(rnd, List.of(project));
        IndicatorPlan plan = IndicatorPlan.random(rnd, m);
        ProjectTableFactory.Funding funding = funding(rnd, m);
        BigDecimal rate = m.executionRate();
        // Linear rule (rubric §2.3 default), so a clean project table has no execution-score finding.
        BigDecimal execScore = rate.min(Amounts.HUNDRED).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        BigDecimal total = BigDecimal.valueOf(plan.indicatorScore()).add(execScore);
        ReportGenerator.FigureLog figures = new ReportGenerator.FigureLog();
        figures.add("budget.full", m.fullBudget(), "万元", "prose,table:PROJECT_SELF_EVALUATION");
        figures.add("total.actual", m.total(), "万元", "prose,table:PROJECT_SELF_EVALUATION");
        figures.add("execution.rate", rate, "%", "prose,table:PROJECT_SELF_EVALUATION");
        figures.add("score.execution", execScore, "分", "table:PROJECT_SELF_EVALUATION");
        figures.add("score.total", total, "分", "table:PROJECT_SELF_EVALUATION");
        figures.add("budget.adjustment", m.fullBudget().subtract(m.initialBudget()).abs(), "万元", "prose");
        String money = year + "年" + project + BudgetStatements.adjustment(m.initialBudget(), m.fullBudget()) + "，全年实际支出"
                + Amounts.fmt(m.total()) + "万元，预算执行率" + Amounts.pct(rate) + "。";
        String goal = year + "年，" + project + "按计划实施，资金及时足额拨付，项目管理规范有序。";
        String achieved = "项目全年支出" + Amounts.fmt(m.total()) + "万元，年度绩效目标基本完成。";
        // The report states its grade; the form's 实际完成情况 cell keeps the plain sentence.
        String result = "项目全年支出" + Amounts.fmt(m.total()) + "万元，年度绩效目标基本完成，" + BudgetStatements.GRADE_LEAD
                + BudgetStatements.grade(total) + "”。";
        List<String> problems = numbered(rnd, Vocabulary.PROBLEMS);
        List<String> measures = numbered(rnd, Vocabulary.MEASURES);
        String other = "无";
        List<SectionSpec> sections;
        List<String> parts;
        String title;
        switch (profileId) {
            case "hn-proj-transfer" -> {
                title = year + "年度" + project + "项目支出绩效自评报告";
                sections = List.of(
                        top(0, "绩效目标分解下达情况", List.of(goal)),
                        top(1, "绩效目标完成情况分析", List.of(money, result)),
                        top(2, "偏离绩效目标的原因和下一步改进措施", concat(problems, measures)),
                        top(3, "绩效自评结果拟应用和公开情况", List.of(publication(year, dept))),
                        top(4, "其他需要说明的问题", List.of(other)));
                parts = List.of("P1", "P2", "P3", "P4", "P5");
            }
            case "hn-proj-unit" -> {
                title = dept.fullName() + year + "年度" + project + "专项资金绩效自评报告";
                sections = List.of(
                        top(0, "基本情况", List.of(goal)),
                        top(1, "项目资金使用及管理情况", List.of(money)),
                        top(2, "项目组织实施情况", List.of("项目由单位主要负责人牵头，分管领导具体负责，业务股室组织实施。")),
                        top(3, "项目绩效情况", List.of(result)),
                        top(4, "存在的问题及原因分析", problems),
                        top(5, "下一步改进措施", measures),
                        top(6, "其他需要说明的问题", List.of(other)));
                parts = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7");
            }
            default -> {
                title = year + "年度" + project + "项目支出绩效评价报告";
                sections = List.of(
                        top(0, "基本情况", List.of(goal, money)),
                        top(1, "绩效评价工作开展情况", List.of("成立评价工作小组，制定评价方案，采取资料核查与现场核实相结合的方式开展评价。")),
                        top(2, "综合评价情况及评价结论", List.of(result)),
                        top(3, "绩效评价指标分析", List.of("项目决策、过程、产出和效益指标均按计划完成。")),
                        top(4, "主要经验及做法、存在的问题及原因分析", problems),
                        top(5, "有关建议", measures),
                        top(6, "其他需要说明的问题", List.of(other)));
                parts = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7");
            }
        }
        TableSpec table = ProjectTableFactory.projectSelfEvaluation(year, project, dept.fullName(), funding, rate,
                execScore, plan, total, goal, achieved);
        ReportSpec spec = new ReportSpec(id, seed, year, dept, style, title, sections, List.of("项目支出绩效自评表"),
                List.of(table), figures.all());
        Map<TableSpec.Kind, String> tableParts = Map.of(TableSpec.Kind.PROJECT_SELF_EVALUATION, "A1");
        return new ProfileReport(profileId, spec, parts, tableParts);
    }

    /** Splits each funding column into 当年财政拨款 + 上年结转资金 + 其他资金 that add up exactly. */
    private static ProjectTableFactory.Funding funding(Random rnd, BudgetFigures m) {
        BigDecimal[] total = {m.initialBudget(), m.fullBudget(), m.total()};
        BigDecimal[] current = new BigDecimal[3];
        BigDecimal[] carried = new BigDecimal[3];
        BigDecimal[] other = new BigDecimal[3];
        int carriedPct = rnd.nextInt(20);
        int otherPct = rnd.nextInt(3) == 0 ? rnd.nextInt(10) : 0;
        for (int k = 0; k < 3; k++) {
            carried[k] = total[k].multiply(BigDecimal.valueOf(carriedPct)).divide(Amounts.HUNDRED, 2, RoundingMode.DOWN);
            other[k] = total[k].multiply(BigDecimal.valueOf(otherPct)).divide(Amounts.HUNDRED, 2, RoundingMode.DOWN);
            current[k] = total[k].subtract(carried[k]).subtract(other[k]);
        }
        return new ProjectTableFactory.Funding(total, current, carried, other);
    }

    private static String publication(int year, ReportSpec.Department dept) {
        return year + "年度项目绩效自评结果将作为下一年度预算安排的重要依据，并按规定在" + dept.region() + "人民政府门户网站公开。";
    }

    private static List<String> numbered(Random rnd, List<String> pool) {
        List<String> picked = Vocabulary.sample(rnd, pool, 2 + rnd.nextInt(pool.size() - 1));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            out.add((i + 1) + "、" + picked.get(i));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> allParagraphs(SectionSpec s) {
        List<String> out = new ArrayList<>();
        for (SectionSpec x : s.flattened()) {
            out.addAll(x.paragraphs());
        }
        return out;
    }

    private static SectionSpec top(int index, String title, List<String> paragraphs) {
        return SectionSpec.of(ReportGenerator.chinese(index + 1) + "、", 1, title, paragraphs);
    }
}
