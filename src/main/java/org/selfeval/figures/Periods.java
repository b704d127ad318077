package org.selfeval.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which figure of a quantity a sentence means: the year (2024年, 上年), the stage (年初预算, 全年预算,
 * 预算, 决算, 执行) or a change against last year (比上年减少). Built from the words around a number.
 */
final class Periods {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年度?");
    private static final Pattern CHANGE = Pattern.compile(
            "(?:(?:比|较|与)(?:上年|去年|上年度|上一年度?|上期|年初|预算)(?:同期)?(?:相比)?|同比|环比)"
                    + "(?:增加|减少|增长|下降|上升|降低|节约|节省|多|少)");
    private static final Pattern LAST_YEAR = Pattern.compile("(?<![比较与])(?:上年|去年|上一年度?)");
    /** The base of a comparison written just before its number: "比上年（1,322.83万元）", "较上年的…". */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?:比|较|与)(?:上年|去年|上年度|上一年度?)(?:同期)?(?:的|度)?\\s*[（(]?\\s*$");
    /** 累计 of this year only ("全年累计完成") is the year's figure; any other 累计 spans years. */
    private static final Pattern CUMULATIVE = Pattern.compile("(?<!全年|本年|年度|当年|年内)累计");

    private Periods() {
    }

    /** A stated change ("比上年减少") in the text before a number, or null. */
    static String change(String before) {
        Matcher m = CHANGE.matcher(before);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    /** Whether the number right after {@code before} is the previous year's figure a change is measured from. */
    static boolean comparisonBase(String before) {
        return COMPARED_WITH.matcher(before).find();
    }

    private static final Pattern BASE_VALUE = Pattern.compile(
            "((?:比|较|与)(?:上年|去年|上年度|上一年度?)(?:同期)?)(?:的|度)?\\s*[（(]?\\s*[0-9.,]+\\s*(?:万元|元|亿元)\\s*[)）]?");

    /** The clause with a stated comparison base taken out: "比上年（760万元）增加" → "比上年增加". */
    static String withoutBase(String clause) {
        return BASE_VALUE.matcher(clause).replaceAll("$1");
    }

    /** Whether {@code before} makes the number a figure summed over several years (累计, 截至目前累计). */
    static boolean cumulative(String before) {
        return CUMULATIVE.matcher(before).find();
    }

    /** The last year named in {@code sentence}, as "2024年", or "上年", or null. */
    static String year(String sentence) {
        Matcher m = YEAR.matcher(sentence);
        String year = null;
        int at = -1;
        while (m.find()) {
            year = m.group(1) + "年";
            at = m.end();
        }
        Matcher last = LAST_YEAR.matcher(sentence);
        while (last.find()) {
            if (last.start() >= at) {
                year = "上年";
                at = last.end();
            }
        }
        return year;
    }

    /** The budget stage named in {@code text}, the most specific first, or null. */
    static String stage(String text) {
        if (text.contains("年初预算")) {
            return "年初预算";
        }
        if (text.contains("全年预算") || text.contains("调整后预算") || text.contains("调整预算")) {
            return "全年预算";
        }
        if (text.contains("决算") || text.contains("实际完成") || text.contains("实际支出")
                || text.contains("实际发生")) {
            return "决算";
        }
        if (text.contains("执行")) {
            return "执行";
        }
        if (text.contains("预算")) {
            return "预算";
        }
        return null;
    }

    /** "2024年预算", "2024年", "预算" or null. */
    static String of(String year, String stage) {
        if (year == null) {
            return stage;
        }
        return stage == null ? year : year + stage;
    }
}
