package org.selfeval.synth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The money facts of one report. Totals are derived from their parts and rates from amounts, so
 * every figure printed anywhere agrees with every other by construction.
 */
record BudgetFigures(
        BigDecimal personnel, BigDecimal publicFunds, List<ProjectItem> projects,
        BigDecimal goodsExtra, BigDecimal households,
        BigDecimal initialBudget, BigDecimal fullBudget,
        BigDecimal otherIncome,
        BigDecimal threePublicBudget, BigDecimal threePublicActual, BigDecimal threePublicPrevious,
        BigDecimal publicPrevious, BigDecimal publicBudget,
        int staffQuota, int staffActual, int retired, int temporary) {

    record ProjectItem(String name, BigDecimal actual, BigDecimal budget, BigDecimal previous) {
    }

    static BudgetFigures random(Random rnd, List<String> projectNames) {
        BigDecimal personnel = Amounts.between(rnd, 60, 900);
        BigDecimal publicFunds = Amounts.between(rnd, 5, 80);
        List<ProjectItem> items = new ArrayList<>();
        for (String name : projectNames) {
            BigDecimal actual = Amounts.between(rnd, 3, 400);
            items.add(new ProjectItem(name, actual, Amounts.between(rnd, 3, 400), Amounts.between(rnd, 3, 400)));
        }
        BigDecimal project = items.stream().map(ProjectItem::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
        // Economic classification: project money splits into goods, households and enterprises.
        BigDecimal goodsExtra = project.multiply(BigDecimal.valueOf(10 + rnd.nextInt(30)))
                .divide(Amounts.HUNDRED, 2, java.math.RoundingMode.DOWN);
        BigDecimal households = project.subtract(goodsExtra).multiply(BigDecimal.valueOf(rnd.nextInt(40)))
                .divide(Amounts.HUNDRED, 2, java.math.RoundingMode.DOWN);
        BigDecimal total = personnel.add(publicFunds).add(project);
        // Execution rate between ~85% and 100%: the full-year budget is derived from the spend.
        BigDecimal fullBudget = total.add(total.multiply(BigDecimal.valueOf(rnd.nextInt(15)))
                .divide(Amounts.HUNDRED, 2, java.math.RoundingMode.HALF_UP));
        BigDecimal initialBudget = fullBudget.multiply(BigDecimal.valueOf(30 + rnd.nextInt(70)))
                .divide(Amounts.HUNDRED, 2, java.math.RoundingMode.HALF_UP);
        BigDecimal otherIncome = rnd.nextBoolean() ? BigDecimal.ZERO : Amounts.between(rnd, 0.1, 5);
        BigDecimal threeBudget = Amounts.between(rnd, 0.5, 8);
        BigDecimal threeActual = threeBudget.multiply(BigDecimal.valueOf(20 + rnd.nextInt(80)))
                .divide(Amounts.HUNDRED, 2, java.math.RoundingMode.HALF_UP);
        BigDecimal threePrevious = Amounts.between(rnd, 0.1, 8);
        int quota = 5 + rnd.nextInt(60);
        int actualStaff = Math.max(1, quota - 3 + rnd.nextInt(8));
        return new BudgetFigures(personnel, publicFunds, List.copyOf(items), goodsExtra, households,
                initialBudget, fullBudget, otherIncome, threeBudget, threeActual, threePrevious,
                Amounts.between(rnd, 5, 80), Amounts.between(rnd, 5, 80),
                quota, actualStaff, rnd.nextInt(40), rnd.nextInt(6));
    }

    /**
     * These figures as next year's report of the same department states them: its (Y-1) 决算 column
     * and its 比上年 prose repeat last year's actuals (projects matched by name).
     */
    BudgetFigures following(BudgetFigures last) {
        List<ProjectItem> items = new ArrayList<>();
        for (ProjectItem item : projects) {
            BigDecimal previous = last.projects.stream().filter(p -> p.name().equals(item.name()))
                    .map(ProjectItem::actual).findFirst().orElse(item.previous());
            items.add(new ProjectItem(item.name(), item.actual(), item.budget(), previous));
        }
        return new BudgetFigures(personnel, publicFunds, List.copyOf(items), goodsExtra, households,
                initialBudget, fullBudget, otherIncome, threePublicBudget, threePublicActual,
                last.threePublicActual(), last.publicFunds(), publicBudget,
                staffQuota, staffActual, retired, temporary);
    }

    BigDecimal basic() {
        return personnel.add(publicFunds);
    }

    BigDecimal project() {
        return projects.stream().map(ProjectItem::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal projectBudget() {
        return projects.stream().map(ProjectItem::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal projectPreviousSum() {
        return projects.stream().map(ProjectItem::previous).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal total() {
        return basic().add(project());
    }

    BigDecimal goods() {
        return publicFunds.add(goodsExtra);
    }

    BigDecimal enterprises() {
        return project().subtract(goodsExtra).subtract(households);
    }

    BigDecimal generalBudgetIncome() {
        return total().subtract(otherIncome);
    }

    BigDecimal executionRate() {
        return Amounts.percent(total(), fullBudget);
    }

    /** Seed convention: 97.77% earns 9 of 10 points. */
    int executionScore() {
        return Math.min(10, executionRate().intValue() / 10);
    }

    BigDecimal personnelShare() {
        return Amounts.percent(personnel, basic());
    }

    BigDecimal publicShare() {
        return Amounts.HUNDRED.subtract(personnelShare());
    }

    BigDecimal staffControlRate() {
        return Amounts.percent(BigDecimal.valueOf(staffActual), BigDecimal.valueOf(staffQuota));
    }
}
