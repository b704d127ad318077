package org.selfeval.eval.checks;

import java.util.Map;

/**
 * Reworded top-level headings per profile and part: wordings real reports use that the
 * profile's aliases (rubric §1) must still recognise. Data, not logic.
 */
final class HeadingAliases {

    private HeadingAliases() {
    }

    static final Map<String, Map<String, String>> BY_PROFILE = Map.of(
            "hn-yy-dept-2020", Map.of(
                    "P1", "单位基本概况",
                    "P2", "一般公共预算财政拨款支出情况",
                    "P6", "部门整体支出绩效分析",
                    "P7", "存在的主要问题",
                    "P8", "整改措施",
                    "P9", "自评结果应用及公开情况",
                    "P10", "其他需说明的事项"),
            "hn-proj-transfer", Map.of(
                    "P1", "绩效目标下达情况",
                    "P2", "绩效目标完成情况",
                    "P3", "偏离绩效目标的原因及改进措施",
                    "P4", "自评结果应用和公开情况",
                    "P5", "其他需说明的事项"),
            "hn-proj-unit", Map.of(
                    "P1", "项目基本概况",
                    "P2", "项目资金使用和管理情况",
                    "P4", "项目绩效目标完成情况",
                    "P5", "存在的主要问题",
                    "P6", "几点建议",
                    "P7", "其他需说明的事项"),
            "cn-eval-ref", Map.of(
                    "P1", "项目基本概况",
                    "P2", "评价工作开展情况",
                    "P3", "综合评价结论",
                    "P6", "几点建议",
                    "P7", "其他需要说明的事项"),
            "yy-dept-2018", Map.of(
                    "P2", "部门整体支出情况",
                    "P4", "预算绩效实施情况"));

    /**
     * Further rewordings for the widened variants: word order, 及/和, 运用 for 应用, 实现 for 完成 —
     * what a reader still recognises as the part, whether or not the profile's pattern says so.
     */
    static final Map<String, Map<String, String>> MORE_BY_PROFILE = Map.of(
            "hn-yy-dept-2020", Map.of(
                    "P1", "部门概况",
                    "P2", "一般公共预算支出执行情况",
                    "P6", "部门整体支出绩效自评情况",
                    "P7", "存在的问题和原因",
                    "P8", "改进措施及建议",
                    "P9", "绩效自评结果运用及公开情况",
                    "P10", "需要说明的其他问题"),
            "hn-proj-transfer", Map.of(
                    "P1", "绩效目标分解及下达情况",
                    "P2", "绩效目标实现情况分析",
                    "P3", "偏离绩效目标的原因及整改措施",
                    "P4", "自评结果运用及公开情况",
                    "P5", "需要说明的其他问题"),
            "hn-proj-unit", Map.of(
                    "P1", "项目概况",
                    "P2", "资金使用及管理情况",
                    "P4", "项目绩效实现情况",
                    "P6", "改进措施及建议"),
            "cn-eval-ref", Map.of(
                    "P1", "项目概况",
                    "P3", "评价结论",
                    "P6", "意见建议"),
            "yy-dept-2018", Map.of(
                    "P1", "部门基本情况",
                    "P3", "整体支出绩效目标"));
}
