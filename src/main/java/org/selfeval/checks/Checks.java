package org.selfeval.checks;

import java.util.ArrayList;
import java.util.List;

/** The standard set of checks, in reporting order. */
public final class Checks {

    private Checks() {
    }

    public static List<Check> standard() {
        List<Check> checks = new ArrayList<>();
        // Checks register here.
        checks.add(new NumberingCheck());
        // Text and cross-table checks (rubric §4.3).
        checks.addAll(org.selfeval.checks.text.TextChecks.standard());
        return checks;
    }
}
