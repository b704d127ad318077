package org.selfeval.synth;

import java.util.Random;

/**
 * What every generated report draws first from its seed: year, department and render style.
 * Drawn in one fixed order, so a seed keeps giving the same report.
 */
record ReportBasics(int year, ReportSpec.Department dept, ReportSpec.RenderStyle style) {

    static ReportBasics draw(Random rnd) {
        int year = 2019 + rnd.nextInt(7);
        ReportSpec.Department dept = new ReportSpec.Department(
                Vocabulary.pick(rnd, Vocabulary.REGIONS), Vocabulary.pick(rnd, Vocabulary.DEPARTMENTS));
        ReportSpec.RenderStyle style = new ReportSpec.RenderStyle(rnd.nextBoolean(), rnd.nextBoolean(),
                rnd.nextBoolean() ? 12 : 10.5);
        return new ReportBasics(year, dept, style);
    }
}
