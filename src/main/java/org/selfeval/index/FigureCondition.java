package org.selfeval.index;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on a figure: {@code 预算执行率<90%}, {@code 三公经费>1万元}, {@code 执行率>=95%}.
 * The value is normalised like {@link FigureEntry}: money in 万元, percentages in %.
 *
 * @param label the label as written; engines compare it with canonical labels after
 *              {@link #withCanonicalLabel}
 * @param op    one of {@code < <= > >= =}
 * @param unit  万元, %, another unit as written, or "" when none was given
 */
public record FigureCondition(String label, String op, double value, String unit) {

    // Label: anything up to the operator. Operators include the full-width and ≤/≥ forms reviewers type.
    private static final Pattern EXPR = Pattern.compile(
            "^\\s*(.+?)\\s*(<=|>=|≤|≥|＜＝|＞＝|<|>|＜|＞|==|=|＝)\\s*([-+]?\\d+(?:[.,]\\d+)*(?:\\.\\d+)?)\\s*(.*?)\\s*$");

    public FigureCondition {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("figure condition without a label");
        }
        op = normaliseOp(op);
        unit = unit == null ? "" : unit;
    }

    /**
     * Parses {@code LABEL OP NUMBER [UNIT]}; money in 元 or 亿元 is converted to 万元.
     *
     * @throws IllegalArgumentException with a message naming the expression when it does not parse
     */
    public static FigureCondition parse(String expr) {
        if (expr == null) {
            throw new IllegalArgumentException("empty figure condition");
        }
        Matcher m = EXPR.matcher(expr);
        if (!m.matches()) {
            throw new IllegalArgumentException("figure condition not understood: " + expr
                    + " (expected e.g. 预算执行率<90% or 三公经费>1万元)");
        }
        double number = Double.parseDouble(m.group(3).replace(",", ""));
        String unit = m.group(4).strip();
        return switch (unit) {
            case "元" -> new FigureCondition(m.group(1), m.group(2), number / 10_000d, "万元");
            case "亿元" -> new FigureCondition(m.group(1), m.group(2), number * 10_000d, "万元");
            case "％" -> new FigureCondition(m.group(1), m.group(2), number, "%");
            default -> new FigureCondition(m.group(1), m.group(2), number, unit);
        };
    }

    private static String normaliseOp(String op) {
        if (op == null) {
            throw new IllegalArgumentException("figure condition without an operator");
        }
        return switch (op) {
            case "<", "＜" -> "<";
            case "<=", "≤", "＜＝" -> "<=";
            case ">", "＞" -> ">";
            case ">=", "≥", "＞＝" -> ">=";
            case "=", "==", "＝" -> "=";
            default -> throw new IllegalArgumentException("unknown operator: " + op);
        };
    }

    /** True when a figure value (already normalised) satisfies this condition. */
    public boolean test(double figureValue) {
        return switch (op) {
            case "<" -> figureValue < value;
            case "<=" -> figureValue <= value;
            case ">" -> figureValue > value;
            case ">=" -> figureValue >= value;
            default -> Math.abs(figureValue - value) < 1e-9 * Math.max(1, Math.abs(value));
        };
    }

    /**
     * True when a figure of this unit can be compared: a condition without a unit matches any;
     * otherwise the (normalised) units must agree.
     */
    public boolean unitMatches(String figureUnit) {
        return unit.isEmpty() || unit.toLowerCase(Locale.ROOT).equals(figureUnit == null ? "" : figureUnit);
    }

    /** This condition with its label mapped (e.g. 执行率 → 预算执行率); unknown labels stay. */
    public FigureCondition withCanonicalLabel(UnaryOperator<String> canonical) {
        String c = canonical.apply(label);
        return c == null || c.equals(label) ? this : new FigureCondition(c, op, value, unit);
    }
}
