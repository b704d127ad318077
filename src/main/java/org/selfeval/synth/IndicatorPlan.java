package org.selfeval.synth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The 绩效指标 block: weights 产出50 / 效益30 / 满意度10 (+ 执行率10 elsewhere), each indicator's
 * weight a multiple of 5, each score at most its weight.
 */
record IndicatorPlan(List<Indicator> indicators) {

    static final String OUTPUT = "产出指标";
    static final String BENEFIT = "效益指标";
    static final String SATISFACTION = "满意度指标";

    static IndicatorPlan random(Random rnd, BudgetFigures money) {
        List<String[]> quantity = Vocabulary.sample(rnd, Vocabulary.QUANTITY, 1 + rnd.nextInt(3));
        List<String[]> quality = Vocabulary.sample(rnd, Vocabulary.QUALITY, 1 + rnd.nextInt(2));
        List<String[]> timely = Vocabulary.sample(rnd, Vocabulary.TIMELINESS, 1 + rnd.nextInt(2));
        int outputCount = quantity.size() + quality.size() + timely.size() + 1;
        int[] outputWeights = split(rnd, 50, outputCount);
        List<Indicator> out = new ArrayList<>();
        int i = 0;
        for (String[] q : quantity) {
            out.add(indicator(rnd, OUTPUT, "数量指标", q, outputWeights[i++]));
        }
        for (String[] q : quality) {
            out.add(indicator(rnd, OUTPUT, "质量指标", q, outputWeights[i++]));
        }
        for (String[] q : timely) {
            out.add(indicator(rnd, OUTPUT, "时效指标", q, outputWeights[i++]));
        }
        String budgetCap = "≤" + Amounts.fmt(money.fullBudget()) + "万元";
        out.add(indicator(rnd, OUTPUT, "成本指标",
                new String[]{"财政资金支出", budgetCap, Amounts.fmt(money.total()) + "万元"}, outputWeights[i]));
        int[] benefitWeights = split(rnd, 30, Vocabulary.BENEFITS.size());
        int b = 0;
        for (String[] q : Vocabulary.BENEFITS) {
            out.add(indicator(rnd, BENEFIT, q[0], new String[]{q[1], "定性", q[2]}, benefitWeights[b++]));
        }
        String satisfied = (90 + rnd.nextInt(10)) + "%";
        out.add(indicator(rnd, SATISFACTION, "服务对象满意度指标",
                new String[]{"服务对象满意度", "≥90%", satisfied}, 10));
        return new IndicatorPlan(List.copyOf(out));
    }

    private static Indicator indicator(Random rnd, String primary, String secondary, String[] words, int weight) {
        boolean shortfall = weight > 1 && rnd.nextInt(6) == 0;
        int score = shortfall ? weight - 1 : weight;
        return new Indicator(primary, secondary, words[0], words[1], words[2], weight, score,
                shortfall ? "部分任务受客观因素影响未完全达标" : "无偏差");
    }

    /** total split into n parts, each a positive multiple of 5. */
    private static int[] split(Random rnd, int total, int n) {
        int units = total / 5;
        int[] parts = new int[n];
        java.util.Arrays.fill(parts, 1);
        for (int left = units - n; left > 0; left--) {
            parts[rnd.nextInt(n)]++;
        }
        for (int k = 0; k < n; k++) {
            parts[k] *= 5;
        }
        return parts;
    }

    /** The same indicators with the 成本指标 row restated for this year's money (targets otherwise repeat). */
    IndicatorPlan withCost(BudgetFigures money) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator x : indicators) {
            out.add(x.secondary().equals("成本指标")
                    ? new Indicator(x.primary(), x.secondary(), x.name(), "≤" + Amounts.fmt(money.fullBudget()) + "万元",
                    Amounts.fmt(money.total()) + "万元", x.weight(), x.score(), x.deviation())
                    : x);
        }
        return new IndicatorPlan(List.copyOf(out));
    }

    int weightOf(String primary) {
        return indicators.stream().filter(x -> x.primary().equals(primary)).mapToInt(Indicator::weight).sum();
    }

    int indicatorScore() {
        return indicators.stream().mapToInt(Indicator::score).sum();
    }

    /** Indicator points plus the execution-rate points. */
    BigDecimal totalScore(BudgetFigures money) {
        return BigDecimal.valueOf(indicatorScore() + money.executionScore());
    }
}
