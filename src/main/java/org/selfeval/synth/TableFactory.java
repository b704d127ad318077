package org.selfeval.synth;

import org.selfeval.synth.TableSpec.CellSpec;

import java.util.ArrayList;
import java.util.List;

/** Builds the three attached tables of the seed report with its merged-cell layout. */
final class TableFactory {

    private static final String SIGN_LINE = "填表人：        填报日期：          联系电话：            单位负责人签字：";

    private TableFactory() {
    }

    static TableSpec basicData(int year, BudgetFigures m) {
        Grid g = new Grid();
        g.add(0, 0, 2, 1, "财政供养人员情况（人）").add(0, 1, 1, 1, "编制数")
                .add(0, 2, 1, 2, year + "年实际在职人数").add(0, 4, 1, 3, "控制率");
        g.add(1, 1, 1, 1, String.valueOf(m.staffQuota())).add(1, 2, 1, 2, String.valueOf(m.staffActual()))
                .add(1, 4, 1, 3, Amounts.pct(m.staffControlRate()));
        int r = 2;
        g.money(r++, "经费控制情况（万元）", (year - 1) + "年决算数", year + "年预算数", year + "年决算数");
        String prev = Amounts.fmt(m.threePublicPrevious());
        String budget = Amounts.fmt(m.threePublicBudget());
        String actual = Amounts.fmt(m.threePublicActual());
        g.money(r++, "三公经费", prev, budget, actual);
        g.money(r++, "　1、公务用车购置和维护经费", "", "", "");
        g.money(r++, "　　其中：公车购置", "", "", "");
        g.money(r++, "　　　　　公车运行维护", "", "", "");
        g.money(r++, "　2、出国经费", "", "", "");
        g.money(r++, "　3、公务接待", prev, budget, actual);
        g.money(r++, "项目支出：", Amounts.fmt(m.projectPreviousSum()), Amounts.fmt(m.projectBudget()),
                Amounts.fmt(m.project()));
        int k = 1;
        for (BudgetFigures.ProjectItem item : m.projects()) {
            g.money(r++, "　" + (k++) + "、" + item.name(), Amounts.fmt(item.previous()), Amounts.fmt(item.budget()),
                    Amounts.fmt(item.actual()));
        }
        g.money(r++, "公用经费", Amounts.fmt(m.publicPrevious()), Amounts.fmt(m.publicBudget()),
                Amounts.fmt(m.publicFunds()));
        g.money(r++, "　其中：办公经费", Amounts.fmt(m.publicPrevious()), Amounts.fmt(m.publicBudget()),
                Amounts.fmt(m.publicFunds()));
        g.money(r++, "　　　　会议费、培训费", "", "", "");
        g.money(r++, "政府采购金额", "——", "", "");
        g.money(r++, "部门基本支出预算调整", "——", "", "");
        g.add(r, 0, 2, 1, "楼堂馆所控制情况（" + year + "年完工项目）");
        String[] heads = {"批复规模（㎡）", "实际规模（㎡）", "规模控制率", "预算投资（万元）", "实际投资（万元）", "投资概算控制率"};
        for (int c = 0; c < heads.length; c++) {
            g.add(r, c + 1, 1, 1, heads[c]).add(r + 1, c + 1, 1, 1, "");
        }
        r += 2;
        g.add(r, 0, 1, 1, "厉行节约保障措施").add(r, 1, 1, 6,
                "一是加强支出预算管理；二是严格经费审批；三是大力推行节约型机关；四是严格控制各类会议和培训经费支出。");
        r++;
        return new TableSpec(TableSpec.Kind.BASIC_DATA, year + "年度部门整体支出绩效评价基础数据表", r, 7, g.cells, 0,
                List.of(2551.0, 942.0, 1395.0, 1022.0, 1475.0, 1475.0, 1345.0),
                List.of("说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。",
                        SIGN_LINE));
    }

    static TableSpec selfEvaluation(int year, String department, BudgetFigures m, IndicatorPlan plan,
                                    String goal, String achieved) {
        Grid g = new Grid();
        g.add(0, 0, 1, 2, "市级预算部门名称").add(0, 2, 1, 7, department);
        g.add(1, 0, 7, 1, "年度预算申请（万元）");
        String[] heads = {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"};
        for (int c = 0; c < heads.length; c++) {
            g.add(1, c + 1, 1, 1, heads[c]);
        }
        g.add(1, 7, 1, 2, "得分");
        String[] values = {"年度资金总额", Amounts.fmt(m.initialBudget()), Amounts.fmt(m.fullBudget()),
                Amounts.fmt(m.total()), "10", Amounts.pct(m.executionRate())};
        for (int c = 0; c < values.length; c++) {
            g.add(2, c + 1, 1, 1, values[c]);
        }
        g.add(2, 7, 1, 2, String.valueOf(m.executionScore()));
        String[][] split = {
                {"按收入性质分：", "按支出性质分："},
                {"其中：一般公共预算：" + Amounts.fmt(m.generalBudgetIncome()), "其中：基本支出：" + Amounts.fmt(m.basic())},
                {"政府性基金拨款：", "项目支出：" + Amounts.fmt(m.project())},
                {"纳入专户管理的非税收入拨款：", ""},
                {"其他资金：" + Amounts.fmt(m.otherIncome()), ""}};
        for (int i = 0; i < split.length; i++) {
            g.add(3 + i, 1, 1, 3, split[i][0]).add(3 + i, 4, 1, 5, split[i][1]);
        }
        g.add(8, 0, 2, 1, "年度总体目标").add(8, 1, 1, 4, "预期目标").add(8, 5, 1, 4, "实际完成情况");
        g.add(9, 1, 1, 4, goal).add(9, 5, 1, 4, achieved);
        int last = IndicatorBlock.write(g.cells, 10, plan);
        g.add(last, 1, 1, 5, "总分").add(last, 6, 1, 1, "100")
                .add(last, 7, 1, 1, plan.totalScore(m).toPlainString()).add(last, 8, 1, 1, "");
        return new TableSpec(TableSpec.Kind.SELF_EVALUATION, year + "年度部门整体支出绩效自评表", last + 1, 9, g.cells, 1,
                List.of(899.0, 1090.0, 1697.0, 2270.0, 1292.0, 740.0, 629.0, 501.0, 1087.0), List.of(SIGN_LINE));
    }

    static TableSpec scoring(String total) {
        Grid g = new Grid();
        String[] heads = {"一级指标", "二级指标", "评分标准", "所需佐证材料"};
        for (int c = 0; c < heads.length; c++) {
            g.add(0, c, 1, 1, heads[c]);
        }
        String[][] rows = {
                {"自评通知（8分）", "印发绩效自评通知的得2分；通知内容齐全并附有要求附件的得6分，否则缺1项扣1分。", "绩效自评通知盖章的电子版"},
                {"工作小组（2分）", "成立绩效自评工作小组的得2分，否则不得分。", "绩效评价工作小组有关文件盖章的电子版"},
                {"单位自查（10分）", "本级和所属单位都要开展绩效自查，每发现一个单位没有做相应工作的扣1分。", "转移支付项目单位名称和资金情况清单"},
                {"提交报告（10分）", "按时报送报告的得10分；每推迟一个工作日扣1分。", ""},
                {"完整性（15分）", "正文部分内容齐全的得8分，附件部分内容齐全的得7分；每少一个部分扣2分。", ""},
                {"绩效自评表（20分）", "指标权重符合操作规程要求、全部细化到三级指标、内涵明确可衡量的得满分。", ""},
                {"反映问题情况（20分）", "归纳问题、分析原因全面的得20分；较全面的得16—18分；其他情况酌情扣分。", ""},
                {"建议情况（15分）", "建议与问题对应且全面的得15分，比较全面的得12—14分，其他情况酌情扣分。", ""}};
        g.add(1, 0, 2, 1, "布置工作10分").add(3, 0, 2, 1, "实施评价20分").add(5, 0, 4, 1, "自评报告70分");
        for (int i = 0; i < rows.length; i++) {
            g.add(1 + i, 1, 1, 1, rows[i][0]).add(1 + i, 2, 1, 1, rows[i][1]).add(1 + i, 3, 1, 1, rows[i][2]);
        }
        g.add(9, 0, 1, 2, "合计").add(9, 2, 1, 1, "100分").add(9, 3, 1, 1, total);
        return new TableSpec(TableSpec.Kind.SCORING, "部门整体支出绩效自评工作考核评分表", 10, 4, g.cells, 1,
                List.of(598.0, 740.0, 6654.0, 2213.0), List.of());
    }

    /** Collects cells; {@code money} writes the seed's label + three 2-column amount cells row. */
    private static final class Grid {
        final List<CellSpec> cells = new ArrayList<>();

        Grid add(int row, int col, int rowSpan, int colSpan, String text) {
            cells.add(new CellSpec(row, col, rowSpan, colSpan, text));
            return this;
        }

        void money(int row, String label, String a, String b, String c) {
            add(row, 0, 1, 1, label).add(row, 1, 1, 2, a).add(row, 3, 1, 2, b).add(row, 5, 1, 2, c);
        }
    }
}
