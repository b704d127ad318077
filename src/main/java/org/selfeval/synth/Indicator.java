package org.selfeval.synth;

/**
 * One third-level performance indicator row of the 自评表.
 *
 * @param primary   一级指标 (产出指标 / 效益指标 / 满意度指标)
 * @param secondary 二级指标 (数量指标 …)
 */
record Indicator(String primary, String secondary, String name, String target, String actual,
                 int weight, int score, String deviation) {
}
