package org.selfeval.profile;

import org.junit.jupiter.api.Test;
import org.selfeval.config.ConfigLoader;
import org.selfeval.model.Block;
import org.selfeval.model.ReportDocument;
import org.selfeval.testing.TestReports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.testing.TestReports.heading;
import static org.selfeval.testing.TestReports.paragraph;

/** Heading ↔ part matching by meaning, and profile choice by the fit of the whole outline. */
class PartMatcherTest {

    private static final ProfileRegistry REGISTRY = ProfileRegistry.load(ConfigLoader.configDir().resolve("rules"));
    private static final PartMatcher MATCHER = REGISTRY.partMatcher();
    private static final String[] NUMBERS = {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"};

    private static RuleProfile profile(String id) {
        return REGISTRY.byId(id).orElseThrow();
    }

    /** Numbered top-level headings, each followed by a line of body text. */
    private static List<Block> outline(String... titles) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            blocks.add(heading(NUMBERS[i], titles[i]));
            blocks.add(paragraph("本部分正文。"));
        }
        return blocks;
    }

    private static List<String> partIds(List<Block> blocks, RuleProfile profile) {
        return partIds(MATCHER, blocks, profile);
    }

    private static List<String> partIds(PartMatcher m, List<Block> blocks, RuleProfile profile) {
        Map<Integer, RuleProfile.Part> a = m.assign(blocks, PartMatcher.bodyEnd(blocks), profile);
        Collection<RuleProfile.Part> parts = a.values();
        return parts.stream().map(RuleProfile.Part::id).sorted().toList();
    }

    @Test
    void rewordedHeading_carriesThePartsMeaning() {
        RuleProfile cn = profile("cn-eval-ref");
        // No alias pattern takes "自评工作的开展情况"; its words are those of 绩效评价工作开展情况.
        List<Block> blocks = outline("项目基本情况", "自评工作的开展情况", "综合评价情况及评价结论");
        assertEquals(List.of("P1", "P2", "P3"), partIds(blocks, cn));

        RuleProfile transfer = profile("hn-proj-transfer");
        assertTrue(MATCHER.similarity("绩效目标实际完成情况", "绩效目标完成情况分析", transfer)
                >= MATCHER.rules().threshold());
        assertEquals(List.of("P1", "P2"), partIds(outline("绩效目标分解下达情况", "绩效目标实际完成情况"), transfer));
    }

    @Test
    void sharedGenericWords_doNotMakeAMatch() {
        // 预算/支出/情况 are in most part titles of the 部门整体 outline: they cannot tell 国有资本经营
        // from an unrelated chapter about other funds.
        RuleProfile dept = profile("hn-yy-dept-2020");
        List<Block> blocks = outline("部门（单位）基本情况", "其他资金支出情况");
        assertEquals(List.of("P1"), partIds(blocks, dept));
        assertTrue(MATCHER.similarity("其他资金支出情况", "国有资本经营预算支出情况", dept) < 0.4);
    }

    @Test
    void extraChapter_doesNotStandForAMissingPart() {
        RuleProfile transfer = profile("hn-proj-transfer");
        // 绩效目标完成情况分析 is absent; an extra chapter about how the self-evaluation was organised
        // shares 绩效/自评/情况 with other titles but is none of them.
        List<Block> blocks = outline("绩效目标分解下达情况", "绩效自评工作组织情况", "偏离绩效目标的原因和下一步改进措施",
                "绩效自评结果拟应用和公开情况", "其他需要说明的问题");
        assertEquals(List.of("P1", "P3", "P4", "P5"), partIds(blocks, transfer));
    }

    @Test
    void eachPart_standsForOneHeadingOnly() {
        RuleProfile unit = profile("hn-proj-unit");
        // Both headings resemble 项目组织实施情况; the second must not take another part.
        List<Block> blocks = outline("项目组织实施情况", "组织实施情况说明");
        assertEquals(List.of("P3"), partIds(blocks, unit));
    }

    @Test
    void withoutSimilarity_onlyAliasPatternsMatch() {
        PartMatcher patternsOnly = new PartMatcher(OutlineMatchRules.patternsOnly());
        List<Block> blocks = outline("项目基本情况", "自评工作的开展情况");
        assertEquals(List.of("P1"), partIds(patternsOnly, blocks, profile("cn-eval-ref")));
    }

    @Test
    void profileChoice_followsTheOutline_notTheFirstTitleAlias() {
        // "…项目绩效自评报告" matches the Hunan project titles, but the outline is the central
        // reference outline, reworded.
        ReportDocument cnOutline = TestReports.document(outline("基本情况", "自评工作的开展情况", "综合评价情况及结论",
                "绩效评价指标分析", "主要经验及做法、存在的问题及原因分析", "有关建议", "其他需要说明的问题"));
        assertEquals("cn-eval-ref", REGISTRY.select(cnOutline, "2025年度乡村道路养护项目绩效自评报告").id());

        ReportDocument unitOutline = TestReports.document(outline("基本情况", "项目资金使用及管理情况", "项目组织实施情况",
                "项目绩效情况", "存在的问题及原因分析", "下一步改进措施", "其他需要说明的问题"));
        assertEquals("hn-proj-unit", REGISTRY.select(unitOutline, "2025年度乡村道路养护项目绩效自评报告").id());

        ReportDocument transferOutline = TestReports.document(outline("绩效目标分解下达情况", "绩效目标实际完成情况",
                "偏离绩效目标的原因和下一步改进措施", "自评结果拟应用和公开情况", "其他需要说明的问题"));
        assertEquals("hn-proj-transfer", REGISTRY.select(transferOutline, "2025年度乡村道路养护项目绩效自评报告").id());
    }

    @Test
    void outlineFit_isHigherForTheReportsOwnOutline() {
        List<Block> blocks = outline("基本情况", "自评工作的开展情况", "综合评价情况及结论", "绩效评价指标分析");
        int end = PartMatcher.bodyEnd(blocks);
        double cn = MATCHER.fit(blocks, end, profile("cn-eval-ref"));
        double unit = MATCHER.fit(blocks, end, profile("hn-proj-unit"));
        assertTrue(cn > unit, cn + " vs " + unit);
        assertFalse(MATCHER.fit(List.of(), 0, profile("cn-eval-ref")) > 0);
    }
}
