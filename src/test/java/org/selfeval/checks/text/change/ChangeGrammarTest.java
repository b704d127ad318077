package org.selfeval.checks.text.change;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeGrammarTest {

    private final ChangeGrammar grammar = new ChangeGrammar(ChangeWords.load(Path.of("config", ChangeWords.FILE)));

    @Test
    void bracketedPrevious_withCurrentInSameSentence() {
        List<ChangeGrammar.Statement> st = grammar.parse("本年商品服务支出500万元，比上年（420万元）增加90万元，主要是会议增多。");
        assertEquals(1, st.size());
        assertEquals(ChangeGrammar.Kind.PREVIOUS_YEAR, st.get(0).kind());
        assertEquals(500, st.get(0).current().value());
        assertEquals(420, st.get(0).reference().value());
        assertEquals(80, st.get(0).expectedWan(), 1e-9);
    }

    @Test
    void referenceFirst_withXiangbi_andYouBianwei() {
        List<ChangeGrammar.Statement> st = grammar.parse("与上年96.4万元相比，会议费支出88.1万元，减少9.3万元。");
        assertEquals(1, st.size(), st::toString);
        assertEquals(96.4, st.get(0).reference().value());
        assertEquals(88.1, st.get(0).current().value());
        assertEquals("会议费支出", st.get(0).subject());
        assertEquals(8.3, st.get(0).expectedWan(), 1e-9);
        st = grammar.parse("培训费由上年的12万元变为15万元，同比增加3万元。");
        assertEquals(1, st.size(), st::toString);
        assertEquals(12, st.get(0).reference().value());
        assertEquals(15, st.get(0).current().value());
        assertEquals(3, st.get(0).expectedWan(), 1e-9);
    }

    @Test
    void listOfYearsWithoutConnector_noStatement() {
        assertTrue(grammar.parse("上年支出80万元，本年支出90万元，增加10万元。").isEmpty());
    }

    @Test
    void previousAfterDe_currentMissing_subjectKept() {
        List<ChangeGrammar.Statement> st = grammar.parse("基本支出比上年的1,200.5万元减少100万元。");
        assertEquals(1, st.size());
        assertNull(st.get(0).current());
        assertEquals("基本支出", st.get(0).subject());
        assertEquals(1200.5, st.get(0).reference().value());
        assertEquals(-1, st.get(0).sign());
        assertEquals(1100.5, grammar.valueOf("基本支出", "2023年基本支出1100.5万元，主要用于人员工资。").value());
    }

    @Test
    void originalBudget_comparedWithAdjusted() {
        List<ChangeGrammar.Statement> st = grammar.parse("全年预算数800万元，较年初预算数650万元增加150万元。");
        assertEquals(150, st.get(0).expectedWan(), 1e-9);
        List<ChangeGrammar.Statement> adj = grammar.parse("年初预算100万元，全年预算数调整为130万元，调增20万元。");
        assertEquals(1, adj.size());
        assertEquals(30, adj.get(0).expectedWan(), 1e-9);
    }

    @Test
    void balance_isBudgetMinusSpent() {
        List<ChangeGrammar.Statement> st = grammar.parse("项目全年预算数60万元，实际支出55万元，结余资金4万元。");
        assertEquals(ChangeGrammar.Kind.BALANCE, st.get(0).kind());
        assertEquals(5, st.get(0).expectedWan(), 1e-9);
    }

    @Test
    void balance_spentWordedAsPaidOrSoFar() {
        for (String sentence : List.of("全年预算80万元中，已支出70万元，剩余结余资金10万元。",
                "项目全年预算80万元，截至年底累计支出70万元，尚有结余10万元。",
                "调整后预算80万元，已支付资金70万元，结余资金10万元。")) {
            List<ChangeGrammar.Statement> st = grammar.parse(sentence);
            assertEquals(1, st.size(), sentence);
            assertEquals(ChangeGrammar.Kind.BALANCE, st.get(0).kind());
            assertEquals(10, st.get(0).expectedWan(), 1e-9, sentence);
        }
    }

    @Test
    void ambiguousSpent_orNoReferenceFigure_noStatement() {
        assertTrue(grammar.parse("全年预算数60万元，实际支出55万元，实际支出50万元，结余资金10万元。").isEmpty());
        assertTrue(grammar.parse("三公经费3万元，比上年减少1万元。").isEmpty());
        assertNull(grammar.valueOf("项目支出", "项目支出10万元，项目支出12万元。"));
    }

    @Test
    void partialSentence_flagged() {
        assertTrue(grammar.partial("其中：公用经费比上年（20万元）增加2万元"));
    }
}
