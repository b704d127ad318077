package org.selfeval.synth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Several wordings per statement a self-evaluation report makes about its money: stated changes
 * against last year or the 年初 budget, balances, funding-source and use lists, the execution rate.
 * Each returns the sentence and the exact fragment that carries the derived number, so that an
 * injection can falsify that fragment and nothing else. Wording is drawn by the caller's RNG.
 */
public final class Phrasings {

    private Phrasings() {
    }

    /**
     * A sentence and the fragment holding its checked number.
     *
     * @param derived  the fragment to falsify, e.g. "减少0.35万元" (occurs once in {@code text})
     * @param value    the number printed in {@code derived}
     * @param inputs   the other numbers the derived one follows from (previous and current, parts …)
     */
    public record Stated(String text, String derived, BigDecimal value, List<BigDecimal> inputs) {
    }

    /** "增加" or "减少" and the absolute change from {@code before} to {@code after}. */
    private static String direction(BigDecimal before, BigDecimal after) {
        return after.compareTo(before) >= 0 ? "增加" : "减少";
    }

    /** A stated change against last year, the previous value sometimes in the sentence (比上年（P万元）增加Z). */
    public static Stated yearChange(Random rnd, String subject, BigDecimal previous, BigDecimal current) {
        BigDecimal delta = current.subtract(previous).abs();
        String dir = direction(previous, current);
        String p = Amounts.fmt(previous) + "万元";
        String c = Amounts.fmt(current) + "万元";
        String derived = dir + Amounts.fmt(delta) + "万元";
        String text = switch (rnd.nextInt(4)) {
            case 0 -> subject + c + "，比上年（" + p + "）" + derived + "。";
            case 1 -> subject + c + "，较上年的" + p + derived + "。";
            case 2 -> subject + "由上年的" + p + "变为" + c + "，同比" + derived + "。";
            default -> "与上年" + p + "相比，" + subject + c + "，" + derived + "。";
        };
        return new Stated(text, derived, delta, List.of(previous, current));
    }

    /** 全年预算 against 年初预算: 较年初预算数…增加Z, 调整为X，调增Z, 比年初…. */
    public static Stated budgetChange(Random rnd, BigDecimal initial, BigDecimal full) {
        BigDecimal delta = full.subtract(initial).abs();
        boolean up = full.compareTo(initial) >= 0;
        String i = Amounts.fmt(initial) + "万元";
        String f = Amounts.fmt(full) + "万元";
        String z = Amounts.fmt(delta) + "万元";
        String derived;
        String text;
        switch (rnd.nextInt(3)) {
            case 0 -> {
                derived = (up ? "增加" : "减少") + z;
                text = "全年预算数" + f + "，较年初预算数" + i + derived + "。";
            }
            case 1 -> {
                derived = (up ? "调增" : "调减") + z;
                text = "年初预算数为" + i + "，年中全年预算数调整为" + f + "，" + derived + "。";
            }
            default -> {
                derived = (up ? "增加" : "减少") + z;
                text = "全年预算" + f + "，比年初预算（" + i + "）" + derived + "。";
            }
        }
        return new Stated(text, derived, delta, List.of(initial, full));
    }

    /** 结余资金 = 全年预算 − 实际支出, said four ways. */
    public static Stated balance(Random rnd, BigDecimal full, BigDecimal spent) {
        BigDecimal rest = full.subtract(spent);
        String derived = Amounts.fmt(rest) + "万元";
        String text = switch (rnd.nextInt(4)) {
            case 0 -> "截至年底，项目全年预算" + Amounts.fmt(full) + "万元，实际支出" + Amounts.fmt(spent)
                    + "万元，结余资金" + derived + "。";
            case 1 -> "全年预算" + Amounts.fmt(full) + "万元，项目实际支出" + Amounts.fmt(spent) + "万元，年末结余"
                    + derived + "，将按规定结转使用。";
            case 2 -> "全年预算" + Amounts.fmt(full) + "万元中，已支出" + Amounts.fmt(spent) + "万元，剩余结余资金"
                    + derived + "。";
            default -> "项目全年预算" + Amounts.fmt(full) + "万元，截至年底累计支出" + Amounts.fmt(spent)
                    + "万元，尚有结余" + derived + "。";
        };
        return new Stated(text, derived, rest, List.of(full, spent));
    }

    /** A labelled amount in a prose list. */
    public record Part(String label, BigDecimal amount) {
    }

    /**
     * A funding-source list with its total; {@code partial} names only some parts and ends with 等,
     * so its parts need not add up (a reader must not check it).
     */
    public static Stated sources(Random rnd, List<Part> parts, BigDecimal total, boolean partial) {
        List<Part> shown = partial ? parts.subList(0, Math.max(1, parts.size() - 1)) : parts;
        String list = join(shown, rnd.nextBoolean() ? "、" : "，");
        String t = Amounts.fmt(total) + "万元";
        String text = switch (rnd.nextInt(4)) {
            case 0 -> "项目资金来源为：" + list + (partial ? "等" : "") + "，合计" + t + "。";
            case 3 -> "本年度项目资金构成：" + list + (partial ? "等" : "") + "，总计" + t + "，均已按规定拨付。";
            case 1 -> "下达项目资金" + t + "，其中" + list + (partial ? "等" : "") + "。";
            default -> "本项目资金总额" + t + "，" + (partial ? "主要包括" : "分别为") + list + (partial ? "等" : "") + "。";
        };
        return new Stated(text, t, total, amounts(shown));
    }

    /** A list of what the money paid for, amount first or label first, with its total. */
    public static Stated uses(Random rnd, List<Part> parts, BigDecimal total, boolean partial) {
        List<Part> shown = partial ? parts.subList(0, Math.max(1, parts.size() - 1)) : parts;
        boolean amountFirst = rnd.nextBoolean();
        StringBuilder list = new StringBuilder();
        for (int k = 0; k < shown.size(); k++) {
            Part p = shown.get(k);
            list.append(k == 0 ? "" : "；").append(amountFirst
                    ? Amounts.fmt(p.amount()) + "万元用于" + p.label() : p.label() + Amounts.fmt(p.amount()) + "万元");
        }
        String t = Amounts.fmt(total) + "万元";
        String text = rnd.nextBoolean()
                ? "项目全年支出" + t + "，主要用于：" + list + (partial ? "等" : "") + "。"
                : "资金使用方面，" + list + (partial ? "等" : "") + "，共计支出" + t + "。";
        return new Stated(text, t, total, amounts(shown));
    }

    /** The execution rate with the two amounts it is computed from. */
    public static Stated executionRate(Random rnd, BigDecimal full, BigDecimal spent, BigDecimal rate) {
        String derived = Amounts.pct(rate);
        String f = Amounts.fmt(full) + "万元";
        String s = Amounts.fmt(spent) + "万元";
        String text = switch (rnd.nextInt(4)) {
            case 0 -> "全年预算数" + f + "，实际支出" + s + "，预算执行率为" + derived + "。";
            case 1 -> "截至12月31日，项目已支付资金" + s + "，全年预算" + f + "，预算执行率达" + derived + "。";
            case 2 -> "项目预算执行率" + derived + "（实际支出" + s + "÷全年预算" + f + "）。";
            default -> "全年资金执行率为" + derived + "（全年预算" + f + "，全年实际支出" + s + "），资金拨付及时。";
        };
        return new Stated(text, derived, rate, List.of(full, spent));
    }

    /**
     * A prose figure the 项目 form also holds (全年预算安排, 到位资金 in Chinese numerals, 累计完成投资,
     * 自评得分): {@code inputs} holds the form's value, which the prose must equal.
     */
    public static Stated formLink(Random rnd, String what, BigDecimal value) {
        String derived = switch (what) {
            case "arrived" -> ChineseNumerals.of(value) + "万元";
            case "score" -> Amounts.fmt(value) + "分";
            default -> Amounts.fmt(value) + "万元";
        };
        String text = switch (what) {
            case "allocated" -> rnd.nextBoolean() ? "本年度该项目全年预算安排" + derived + "。"
                    : "财政部门全年预算安排项目资金" + derived + "，按计划拨付。";
            // only money said to have arrived in full is the form's 全年预算数
            case "arrived" -> rnd.nextBoolean() ? "截至年底，项目到位资金" + derived + "，资金到位率100%。"
                    : "截至年底，项目资金" + derived + "已全部到位。";
            case "invested" -> rnd.nextBoolean() ? "项目全年累计完成投资" + derived + "。"
                    : "年内累计完成投资" + derived + "，工程按进度推进。";
            default -> rnd.nextBoolean() ? "经对照评分标准逐项打分，项目自评得分" + derived + "。"
                    : "项目绩效自评得分为" + derived + "。";
        };
        return new Stated(text, derived, value, List.of(value));
    }

    private static String join(List<Part> parts, String sep) {
        StringBuilder s = new StringBuilder();
        for (Part p : parts) {
            s.append(s.isEmpty() ? "" : sep).append(p.label()).append(Amounts.fmt(p.amount())).append("万元");
        }
        return s.toString();
    }

    private static List<BigDecimal> amounts(List<Part> parts) {
        List<BigDecimal> out = new ArrayList<>();
        parts.forEach(p -> out.add(p.amount()));
        return out;
    }
}
