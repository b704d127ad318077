package org.selfeval.checks;

import org.selfeval.model.Table;
import org.selfeval.testing.TestReports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.selfeval.testing.TestReports.LEFT;
import static org.selfeval.testing.TestReports.UP;
import static org.selfeval.testing.TestReports.row;

/** A consistent 基础数据表 in the seed's layout (three 2-wide money columns). */
final class BaseDataTableBuilder {

    String quota = "10";
    String staff = "13";
    String controlRate = "130%";
    /** Row label → (2023决算, 2024预算, 2024决算). */
    Map<String, String[]> money = new LinkedHashMap<>();
    String[] building = {"", "", "", "", "", ""};

    BaseDataTableBuilder() {
        money.put("三公经费", new String[]{"0.66", "1.2", "0.31"});
        money.put("1、公务用车购置和维护经费", new String[]{"", "", ""});
        money.put("其中：公车购置", new String[]{"", "", ""});
        money.put("公车运行维护", new String[]{"", "", ""});
        money.put("2、出国经费", new String[]{"", "", ""});
        money.put("3、公务接待", new String[]{"0.66", "1.2", "0.31"});
        money.put("项目支出：", new String[]{"788.64", "101", "667.77"});
        money.put("1、业务工作经费", new String[]{"779.67", "101", "667.1"});
        money.put("2、其他资金", new String[]{"8.97", "", "0.67"});
        money.put("3、", new String[]{"", "", ""});
        money.put("公用经费", new String[]{"16.83", "16.5", "15.56"});
        money.put("其中：办公经费", new String[]{"16.2", "16.5", "15.56"});
        money.put("水费、电费、差旅费", new String[]{"", "", ""});
        money.put("会议费、培训费", new String[]{"0.63", "", ""});
        money.put("政府采购金额", new String[]{"——", "", ""});
    }

    BaseDataTableBuilder set(String label, int column, String value) {
        money.get(label)[column] = value;
        return this;
    }

    Table table() {
        List<String[]> g = new ArrayList<>();
        g.add(row("财政供养人员情况（人）", "编制数", "2024年实际在职人数", LEFT, "控制率", LEFT, LEFT));
        g.add(row(UP, quota, staff, LEFT, controlRate, LEFT, LEFT));
        g.add(row("经费控制情况（万元）", "2023年决算数", LEFT, "2024年预算数", LEFT, "2024年决算数", LEFT));
        money.forEach((label, v) -> g.add(row(label, v[0], LEFT, v[1], LEFT, v[2], LEFT)));
        g.add(row("楼堂馆所控制情况（2024年完工项目）", "批复规模（㎡）", "实际规模（㎡）", "规模控制率", "预算投资（万元）",
                "实际投资（万元）", "投资概算控制率"));
        g.add(row(UP, building[0], building[1], building[2], building[3], building[4], building[5]));
        return TestReports.table(1, g.toArray(String[][]::new));
    }

    CheckContext context() {
        return TestReports.context(TestReports.document(TestReports.tableTitle("2024年度部门整体支出绩效评价基础数据表"),
                table()));
    }
}
