package org.selfeval.report;

import org.selfeval.checks.Money;
import org.selfeval.model.Finding;

/**
 * How a finding's two compared numbers are put to a reviewer. "应为 X，报告为 Y" only where X is
 * computed (a sum, a rate, a rule's weight) and Y is printed in the report; where both numbers are
 * printed (prose against a table, two statements) the tool cannot know which is right, so it says
 * "一处为 X，另一处为 Y". A number counts as printed when one of the finding's quoted values from
 * the text or a table is that number (in its own unit or converted between 元 and 万元).
 */
public final class FindingWording {

    private static final double EPS = 0.005;

    private FindingWording() {
    }

    /** The comparison line, or "" when the finding compares no two numbers. */
    public static String comparison(Finding f) {
        if (f.expected() == null || f.actual() == null) {
            return "";
        }
        boolean expectedPrinted = printed(f, f.expected());
        boolean actualPrinted = printed(f, f.actual());
        String e = Money.format(f.expected());
        String a = Money.format(f.actual());
        if (expectedPrinted && actualPrinted) {
            return "一处为 " + e + "，另一处为 " + a;
        }
        if (!expectedPrinted && actualPrinted) {
            return "按计算应为 " + e + "，报告为 " + a;
        }
        if (expectedPrinted) {
            return "按计算应为 " + a + "，报告为 " + e;
        }
        return "计算得 " + e + "，与 " + a + " 不符";
    }

    private static boolean printed(Finding f, double x) {
        for (Finding.Value v : f.values()) {
            if (!"table".equals(v.source()) && !"text".equals(v.source())) {
                continue;
            }
            double y = v.value();
            if (Math.abs(y - x) <= EPS || Math.abs(y / 10000 - x) <= EPS || Math.abs(y - x / 10000) <= EPS) {
                return true;
            }
        }
        return false;
    }
}
