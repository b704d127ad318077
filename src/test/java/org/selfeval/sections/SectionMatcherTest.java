package org.selfeval.sections;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Block;
import org.selfeval.model.Heading;
import org.selfeval.model.NumberingScheme;
import org.selfeval.profile.RuleProfile;
import org.selfeval.testing.TestReports;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.testing.TestReports.heading;
import static org.selfeval.testing.TestReports.paragraph;
import static org.selfeval.testing.TestReports.row;
import static org.selfeval.testing.TestReports.table;
import static org.selfeval.testing.TestReports.tableTitle;

class SectionMatcherTest {

    private static final RuleProfile PROFILE = TestReports.profile();
    private static final String[] TITLES = {"部门（单位）基本情况", "一般公共预算支出情况", "政府性基金预算支出情况",
            "国有资本经营预算支出情况", "社会保险基金预算支出情况", "部门整体支出绩效情况", "存在的问题及原因分析",
            "下一步改进措施", "部门整体支出绩效自评结果拟应用和公开情况", "其他需要说明的情况"};
    private static final String[] NUMBERS = {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"};

    /** A complete body, each part with a line of text, without attachments. */
    private static List<Block> body(int skip, boolean emptyBodies) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < TITLES.length; i++) {
            if (i == skip) {
                continue;
            }
            blocks.add(heading(NUMBERS[i], TITLES[i]));
            if (!emptyBodies) {
                blocks.add(paragraph("正文内容。"));
            }
        }
        return blocks;
    }

    private static List<Block> attachments(boolean withCostTable) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading("", NumberingScheme.ATTACHMENT, 1, "附件：", 1, null, false, null));
        b.add(new Heading("1.", NumberingScheme.ARABIC, 2, "部门整体支出绩效评价基础数据表", 1, null, false, null));
        b.add(new Heading("2.", NumberingScheme.ARABIC, 2, "部门整体支出绩效自评表", 1, null, false, null));
        b.add(new Heading("3.", NumberingScheme.ARABIC, 2, "部门整体支出绩效自评工作考核评分表", 1, null, false, null));
        b.add(tableTitle("2024年度部门整体支出绩效评价基础数据表"));
        b.add(table(row("编制数", "在职人数"), row("10", "13")));
        b.add(tableTitle("2024年度部门整体支出绩效自评表"));
        b.add(table(row("年度资金总额", "860.9"), row("基本支出", "193.13")));
        if (withCostTable) {
            b.add(tableTitle("部门整体支出绩效自评工作考核评分表"));
            b.add(table(row("一级指标", "二级指标"), row("布置工作10分", "自评通知8分")));
        }
        return b;
    }

    private static SectionReport match(List<Block> blocks) {
        return new SectionMatcher().match(TestReports.document(blocks), PROFILE);
    }

    @Test
    void completeReport_scores15() {
        List<Block> blocks = body(-1, false);
        blocks.addAll(attachments(true));
        SectionReport r = match(blocks);
        assertEquals(List.of(), r.missing());
        assertEquals(15.0, r.completeness().total());
    }

    @Test
    void missingPartAndAttachment_costTwoEach() {
        List<Block> blocks = body(6, false);
        blocks.addAll(attachments(false));
        SectionReport r = match(blocks);
        assertEquals(List.of("P7", "A3"), r.missing().stream().map(SectionReport.Missing::part).toList());
        assertEquals(6.0, r.completeness().body());
        assertEquals(5.0, r.completeness().attachments());
    }

    @Test
    void attachmentNamedOnlyInTheList_isMissing() {
        List<Block> blocks = body(-1, false);
        blocks.addAll(attachments(false));
        blocks.add(paragraph("填表人：王某 联系电话：0730-1234567"));
        assertTrue(match(blocks).missing().stream().anyMatch(m -> m.part().equals("A3")));
    }

    @Test
    void untabulatedAttachment_titleFollowedByFigureLines_isPresent() {
        List<Block> blocks = body(-1, false);
        blocks.addAll(attachments(false));
        blocks.add(paragraph("部门整体支出绩效自评工作考核评分表"));
        blocks.add(paragraph("一级指标 二级指标 评分标准"));
        blocks.add(paragraph("布置工作 10分 自评通知（8分）"));
        blocks.add(paragraph("印发绩效自评通知的得2分，否则不得分。"));
        assertEquals(List.of(), match(blocks).missing());
    }

    @Test
    void emptyBody_missingUnlessNoneIsAcceptable() {
        List<Block> blocks = body(-1, true);
        blocks.addAll(attachments(true));
        List<String> missing = match(blocks).missing().stream().map(SectionReport.Missing::part).toList();
        // P3, P4, P5 and P10 accept "无", so an empty body is as good; the others need content.
        assertEquals(List.of("P1", "P2", "P6", "P7", "P8", "P9"), missing);
    }

    @Test
    void ocrDamagedHeading_stillMatches() {
        assertTrue(SectionMatcher.matches(PROFILE.bodyParts().get(0).pattern(), "部门单位) 基本情况"));
        assertFalse(SectionMatcher.matches(PROFILE.bodyParts().get(0).pattern(), "项目实施进度"));
    }
}
