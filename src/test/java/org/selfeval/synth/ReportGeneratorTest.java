package org.selfeval.synth;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class ReportGeneratorTest {

    private final ReportGenerator generator = new ReportGenerator();

    @Test
    void sameSeed_sameSpec() {
        assertEquals(generator.generate("a", 42), generator.generate("a", 42));
    }

    @Test
    void differentSeeds_differentSpecs() {
        assertNotEquals(generator.generate("a", 1).figures(), generator.generate("a", 2).figures());
    }

    @Test
    void anySeed_hasTenTopLevelSectionsAndThreeTables() {
        ReportSpec spec = generator.generate("a", 7);
        assertEquals(10, spec.sections().size());
        assertEquals("十、", spec.sections().get(9).numbering());
        assertEquals(3, spec.tables().size());
        assertTrue(spec.year() >= 2019 && spec.year() <= 2025);
    }

    @Test
    void figures_consistentByConstruction() {
        for (long seed = 0; seed < 50; seed++) {
            BudgetFigures m = BudgetFigures.random(new Random(seed), List.of("甲", "乙", "丙"));
            assertEquals(m.total(), m.basic().add(m.project()));
            assertEquals(m.total(), m.personnel().add(m.goods()).add(m.households()).add(m.enterprises()));
            assertTrue(m.enterprises().signum() >= 0, "seed " + seed);
            assertEquals(0, m.personnelShare().add(m.publicShare()).compareTo(BigDecimal.valueOf(100)));
            assertTrue(m.executionRate().compareTo(BigDecimal.valueOf(100)) <= 0);
        }
    }

    @Test
    void indicatorWeights_followTheRules() {
        for (long seed = 0; seed < 50; seed++) {
            Random rnd = new Random(seed);
            BudgetFigures m = BudgetFigures.random(rnd, List.of("甲"));
            IndicatorPlan plan = IndicatorPlan.random(rnd, m);
            assertEquals(50, plan.weightOf(IndicatorPlan.OUTPUT));
            assertEquals(30, plan.weightOf(IndicatorPlan.BENEFIT));
            assertEquals(10, plan.weightOf(IndicatorPlan.SATISFACTION));
            plan.indicators().forEach(x -> assertTrue(x.score() <= x.weight() && x.score() >= 0));
            assertTrue(plan.totalScore(m).intValue() <= 100);
        }
    }

    @Test
    void selfEvaluationTable_totalRowMatchesScore() {
        ReportSpec spec = generator.generate("a", 11);
        TableSpec t = spec.table(TableSpec.Kind.SELF_EVALUATION);
        Figure total = spec.figures().stream().filter(f -> f.key().equals("score.total")).findFirst().orElseThrow();
        assertEquals(total.value().toPlainString(), t.anchoredAt(t.rowCount() - 1, 7).text());
        assertEquals(t.rowCount() - 10, t.anchoredAt(10, 0).rowSpan(), "绩效指标 spans its whole block");
    }

    @Test
    void withoutSection_removesOnlyThatSection() {
        ReportSpec spec = generator.generate("a", 3);
        ReportSpec variant = spec.withoutSection(6).mapSection(0, s -> s.withTitle("基本概况"));
        assertEquals(9, variant.sections().size());
        assertEquals("基本概况", variant.sections().get(0).title());
        assertEquals(10, spec.sections().size(), "original untouched");
    }
}
