package org.selfeval.checks.text;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProseRatesTest {

    private static List<Finding> rates(String... paragraphs) {
        TextFixture f = new TextFixture();
        for (String p : paragraphs) {
            f.paragraph(p);
        }
        return new StatedShareCheck().run(f.context());
    }

    @Test
    void rateAgreesWithOperands_silent() {
        assertTrue(rates("截至年底，项目全年预算数820万元，实际支出779.5万元，预算执行率95.06%。").isEmpty());
    }

    @Test
    void rateOff_warningWithNumeratorDenominatorAndRate() {
        List<Finding> out = rates("截至年底，项目全年预算数820万元，实际支出779.5万元，预算执行率97.2%，结余资金40.5万元。");
        assertEquals(1, out.size());
        Finding f = out.get(0);
        assertEquals("RATIO_MISMATCH", f.code());
        assertEquals(95.06, f.expected());
        assertEquals(97.2, f.actual());
        assertEquals(List.of(97.2, 779.5, 820.0), f.values().stream().map(Finding.Value::value).toList());
    }

    @Test
    void roundedRateWithFewerDecimals_silent() {
        assertTrue(rates("全年预算数820万元，实际支出779.5万元，执行率95.1%。").isEmpty());
    }

    @Test
    void initialAndFullBudget_fullOneIsTheDenominator() {
        assertTrue(rates("年初预算700万元，全年预算数调整为820万元，实际支出779.5万元，预算执行率95.06%。").isEmpty());
        assertEquals(1, rates("年初预算700万元，全年预算数调整为820万元，实际支出779.5万元，预算执行率111.36%。").size());
    }

    @Test
    void twoDifferentActuals_ambiguousSilent() {
        assertTrue(rates("全年预算数820万元，实际支出779.5万元，其中本级实际支出500万元，预算执行率90%。").isEmpty());
    }

    @Test
    void operandsInTheBracketAfterTheRate_used() {
        assertTrue(rates("项目预算执行率95.06%（实际支出779.5万元÷全年预算820万元）。").isEmpty());
        assertEquals(1, rates("项目预算执行率97%（实际支出779.5万元÷全年预算820万元）。").size());
        assertEquals(1, rates("全年资金执行率为97%（全年预算820万元，全年实际支出779.5万元），资金拨付及时。").size());
    }

    @Test
    void bracketNotClosed_orTwoActualsInIt_silent() {
        assertTrue(rates("项目预算执行率97%（实际支出779.5万元÷全年预算820万元。").isEmpty());
        assertTrue(rates("预算执行率97%（实际支出779.5万元，本级实际支出500万元，全年预算820万元）。").isEmpty());
    }

    @Test
    void operandsTwoSentencesBack_notUsed() {
        assertTrue(rates("全年预算数820万元。2024年实际支出700万元。预算执行率97%。").isEmpty());
    }

    @Test
    void operandsInThePreviousSentence_used() {
        assertEquals(1, rates("项目全年预算数820万元，实际支出700万元。项目预算执行率为97%，资金使用规范。").size());
        assertTrue(rates("项目全年预算数820万元，实际支出700万元。项目预算执行率为85.37%，资金使用规范。").isEmpty());
    }

    @Test
    void onlyInitialBudgetStated_notTheDenominator() {
        assertTrue(rates("项目年初预算700万元，实际支出779.5万元，预算执行率95.06%。").isEmpty());
    }

    private static List<Finding> withForm(String paragraph) {
        // the form: 全年预算数 880.57, 全年执行数 860.9, 执行率 97.77%
        return new StatedShareCheck().run(new TextFixture().paragraph(paragraph).block(SeedLikeForms.selfEval()).context());
    }

    @Test
    void onlyTheActualInProse_formGivesTheBudget() {
        assertTrue(withForm("2024年全年实际支出860.9万元，预算执行率97.77%。").isEmpty());
        List<Finding> out = withForm("2024年全年实际支出860.9万元，预算执行率96.5%。");
        assertEquals(1, out.size());
        assertEquals(List.of(96.5, 860.9, 880.57, 97.77), out.get(0).values().stream().map(Finding.Value::value).toList());
    }

    @Test
    void proseActualDiffersFromForm_formNotUsed() {
        assertTrue(withForm("2024年全年实际支出500万元，预算执行率96.5%。").isEmpty());
    }
}
