package org.selfeval.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Department × year families: one department reporting consecutive years, where each report's
 * (Y-1)年决算数 column and its 比上年 prose repeat the previous report's actuals, project names and
 * indicator targets repeat, and only this year's money is new. Deterministic per seed; family
 * {@code index} gets its own department, so families never share one.
 */
public final class FamilyGenerator {

    /** Sub-units that make department names unique once every region × department pair is used. */
    private static final List<String> SUB_UNITS = List.of("", "机关服务中心", "信息中心", "综合执法大队",
            "综合服务中心", "档案馆", "培训中心", "监测站", "发展研究中心", "事务中心", "服务站");

    private final ReportGenerator generator = new ReportGenerator();

    /** How many families can have distinct departments. */
    public static int capacity() {
        return Vocabulary.REGIONS.size() * Vocabulary.DEPARTMENTS.size() * SUB_UNITS.size();
    }

    /** The department of family {@code index}. */
    public static ReportSpec.Department department(int index) {
        if (index < 0 || index >= capacity()) {
            throw new IllegalArgumentException("family index out of range: " + index);
        }
        int regions = Vocabulary.REGIONS.size();
        int pairs = regions * Vocabulary.DEPARTMENTS.size();
        String name = Vocabulary.DEPARTMENTS.get((index % pairs) / regions) + SUB_UNITS.get(index / pairs);
        return new ReportSpec.Department(Vocabulary.REGIONS.get(index % regions), name);
    }

    /**
     * @param idPrefix  file stem prefix; member k is {@code idPrefix-<year>}
     * @param index     family number (chooses the department)
     * @param firstYear year of the first report
     * @param years     number of consecutive yearly reports
     */
    public List<ReportSpec> family(String idPrefix, int index, long seed, int firstYear, int years) {
        Random rnd = new Random(seed);
        ReportSpec.Department dept = department(index);
        ReportSpec.RenderStyle style = new ReportSpec.RenderStyle(rnd.nextBoolean(), rnd.nextBoolean(),
                rnd.nextBoolean() ? 12 : 10.5);
        List<String> projectNames = Vocabulary.sample(rnd, Vocabulary.PROJECTS, 2 + rnd.nextInt(3));
        BudgetFigures money = BudgetFigures.random(rnd, projectNames);
        IndicatorPlan plan = IndicatorPlan.random(rnd, money);
        List<ReportSpec> out = new ArrayList<>();
        for (int k = 0; k < years; k++) {
            if (k > 0) {
                money = BudgetFigures.random(rnd, projectNames).following(money);
                plan = plan.withCost(money);
            }
            int year = firstYear + k;
            out.add(generator.compose(idPrefix + "-" + year, seed * 31 + k, rnd, year, dept, style, money, plan));
        }
        return List.copyOf(out);
    }
}
