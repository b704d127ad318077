package org.selfeval.synth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.selfeval.synth.Amounts.fmt;
import static org.selfeval.synth.Amounts.pct;

/** Writes the body paragraphs, logging every figure it prints. */
final class ProseWriter {

    private final int year;
    private final ReportSpec.Department dept;
    private final BudgetFigures m;
    private final IndicatorPlan plan;
    private final ReportGenerator.FigureLog log;

    ProseWriter(int year, ReportSpec.Department dept, BudgetFigures money, IndicatorPlan plan,
                ReportGenerator.FigureLog log) {
        this.year = year;
        this.dept = dept;
        this.m = money;
        this.plan = plan;
        this.log = log;
    }

    private String money(String key, BigDecimal value) {
        log.add(key, value, "万元", "prose");
        return fmt(value) + "万元";
    }

    private String percent(String key, BigDecimal value) {
        log.add(key, value, "%", "prose");
        return pct(value);
    }

    /** "(1)负责…" list items: long enough to read as items, not headings. */
    List<String> duties(Random rnd) {
        List<String> picked = Vocabulary.sample(rnd, Vocabulary.DUTIES, 3 + rnd.nextInt(6));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            out.add("(" + (i + 1) + ")" + picked.get(i) + "。");
        }
        return out;
    }

    String organisation(Random rnd) {
        int units = 2 + rnd.nextInt(6);
        int admin = Math.max(1, m.staffQuota() / 2);
        return "本单位设" + units + "个内设机构，设有编制" + m.staffQuota() + "个，实际在岗在编人员行政编制" + admin
                + "人，事业编制" + (m.staffQuota() - admin) + "人。另有临聘人员" + m.temporary() + "人，离退休"
                + m.retired() + "人。";
    }

    String economicSplit() {
        return year + "年全年支出" + money("total.actual", m.total()) + "，其中工资福利支出"
                + money("econ.wages", m.personnel()) + "；商品和服务支出" + money("econ.goods", m.goods())
                + "；对个人和家庭的补助" + money("econ.households", m.households()) + "；对企业的补助"
                + money("econ.enterprises", m.enterprises()) + "。";
    }

    String usage() {
        return year + "年全年支出" + fmt(m.total()) + "万元，基本支出为" + money("basic.total", m.basic())
                + "，系保障本单位机构正常运转、完成日常工作任务而发生的各项支出。其中：人员经费"
                + money("basic.personnel", m.personnel()) + "，日常公用经费" + money("basic.public", m.publicFunds())
                + "。项目支出为" + money("project.total", m.project()) + "，主要用于完成区委、区政府和上级业务主管部门下达的目标任务。";
    }

    String threePublic() {
        BigDecimal change = m.threePublicActual().subtract(m.threePublicPrevious());
        String direction = change.signum() < 0 ? "减少" : "增加";
        return year + "年“三公经费”预算" + money("threePublic.budget", m.threePublicBudget()) + "，其中：公务接待"
                + fmt(m.threePublicBudget()) + "万元、因公出国（境）费0万元、公务用车购置及运行费0万元。" + year
                + "年“三公经费”实际完成" + money("threePublic.actual", m.threePublicActual()) + "，其中：公务用车运行维护费0万元；公务接待费"
                + fmt(m.threePublicActual()) + "万元，比上年" + direction + money("threePublic.change", change.abs())
                + "，主要原因是本单位严格遵守中央八项规定精神，厉行节约。";
    }

    String basicShares() {
        return "基本支出用于保障机构正常运转、完成日常工作任务而发生的支出，包括人员经费和公用经费。" + year + "年基本支出"
                + fmt(m.basic()) + "万元，其中：工资福利支出" + fmt(m.personnel()) + "万元，占基本支出的"
                + percent("basic.personnelShare", m.personnelShare()) + "；日常公用经费" + fmt(m.publicFunds())
                + "万元，占基本支出的" + percent("basic.publicShare", m.publicShare()) + "。";
    }

    String projects() {
        StringBuilder s = new StringBuilder(year + "年项目支出为" + fmt(m.project()) + "万元，其中：");
        List<BudgetFigures.ProjectItem> items = m.projects();
        for (int i = 0; i < items.size(); i++) {
            BudgetFigures.ProjectItem item = items.get(i);
            s.append(item.name()).append(money("project." + (i + 1), item.actual()));
            s.append(i + 1 < items.size() ? "，" : "。");
        }
        return s.toString();
    }

    String performanceIntro() {
        return year + "年单位整体支出预算执行率为" + percent("execution.rate", m.executionRate())
                + "，较好地完成了绩效目标，强化了财政资金的有效使用。";
    }

    /** How the budget moved from 年初 to 全年, the way reports explain an adjustment (rubric T13). */
    String budgetAdjustment() {
        log.add("budget.adjustment", m.fullBudget().subtract(m.initialBudget()).abs(), "万元", "prose");
        return year + "年" + BudgetStatements.adjustment(m.initialBudget(), m.fullBudget()) + "。";
    }

    /** The grade the department gives itself for its 总分 (rubric §2.5, T14). */
    String grade(BigDecimal totalScore) {
        return "经综合评价，" + year + "年度部门整体支出绩效" + BudgetStatements.GRADE_LEAD + BudgetStatements.grade(totalScore) + "”。";
    }

    List<String> goals() {
        List<String> out = new ArrayList<>();
        int n = 1;
        for (Indicator x : plan.indicators()) {
            if (x.secondary().equals("数量指标") && n <= 3) {
                out.add("目标" + n + "、" + x.name() + "，年度指标值" + x.target() + "。");
                out.add("完成情况：全年实际完成" + x.actual() + "，达到预期目标。");
                n++;
            }
        }
        return out;
    }

    String assets() {
        return "本单位资产设有专门人员管理，全部录入固定资产信息系统，实行动态管理。资产配置严格按照规定程序报批，"
                + "坚持资产配备与单位履行职能需要相适应，坚持资产管理与预算管理相结合，充分发挥了国有资产的使用效益。";
    }

    List<String> numbered(Random rnd, List<String> pool) {
        List<String> picked = Vocabulary.sample(rnd, pool, 2 + rnd.nextInt(pool.size() - 1));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            out.add((i + 1) + "、" + picked.get(i));
        }
        return out;
    }

    String publication() {
        return "单位" + year + "年度部门整体支出绩效自评结果将作为下一年度预算编制的重要依据，严格按规定内容、时限在"
                + dept.region() + "人民政府门户网站公开，接受社会监督。";
    }

    String otherNotes() {
        return "本报告所列数据均来源于" + year + "年度部门决算，金额单位为万元。";
    }

    String overallGoal() {
        return year + "年，" + dept.fullName() + "紧紧围绕年度重点工作任务，加强预算绩效管理，确保各项工作有序推进。";
    }

    String overallResult() {
        return "全年支出" + fmt(m.total()) + "万元，预算执行率" + pct(m.executionRate()) + "，年度绩效目标基本完成。";
    }
}
