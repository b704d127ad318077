package org.selfeval.checks.text;

import org.selfeval.checks.Check;

import java.util.List;

/** The prose and cross-table checks of rubric §4.3, in reporting order. */
public final class TextChecks {

    private TextChecks() {
    }

    public static List<Check> standard() {
        return List.of(
                new StandardSplitCheck(),
                new BreakdownCheck(),
                new StatedShareCheck(),
                new StatedChangeCheck(TableLinks::previousYear),
                new ConflictingValuesCheck(),
                new TextTableCheck(),
                new StaffCheck(),
                new YearCheck(),
                new UnitNameCheck());
    }
}
