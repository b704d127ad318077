package org.selfeval.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises the numbers of a report: 万元/亿元/元, %, ‰, Chinese numerals
 * (三百二十万元), full-width digits, thousands separators, comparators (≥5家, ≤281.98万元,
 * 不低于95%), approximations (30余家, 约5万元) and ranges (5-10家).
 *
 * <p>Written by hand because no maintained Java library reads Chinese report numerals with
 * units and comparators; HanLP segments them but does not normalise them.
 */
public final class AmountParser {

    static final String UNITS = "万元|亿元|千元|元|个百分点|%|‰|人次|人|家|个|项|次|件|户|所|座|台|辆|套|篇|场|期|批|天|小时|平方米|㎡|亩|公里|千米|米|吨|名|位|张|份";
    /** Points (98分) after Arabic digits only: in Chinese numerals 十分 is an adverb; 5分钟, 三分之一 are not scores. */
    private static final String SCORE = "分(?![钟之期批类局])";
    private static final String CMP_PREFIX = "≥|≤|>=|<=|>|<|=|不低于|不少于|不小于|大于等于|小于等于|不高于|不超过|不大于|高于|低于|大于|小于|达到|超过";
    private static final String APPROX_PREFIX = "约|近|大约|逾";
    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String CN_NUMBER = "[零一二两三四五六七八九十百千万亿]+?(?:点[零一二三四五六七八九]+)?";

    /*
     * Each pattern opens with a one-character lookahead on the characters a match can start
     * with: without it the engine tries every prefix alternative at every position of long
     * paragraphs, which made findAll the slowest step of figure extraction.
     */
    private static final Pattern ARABIC = Pattern.compile(
            "(?=[≥≤><=不大小高低达超约近逾\\-－−0-9])(?<cmp>" + CMP_PREFIX + ")?\\s*(?<approx>" + APPROX_PREFIX + ")?\\s*(?<sign>[-－−])?"
                    + "(?<num>" + NUMBER + ")(?:\\s*[-~～至到]\\s*(?<high>" + NUMBER + "))?"
                    + "\\s*(?<more>余|多)?\\s*(?<unit>" + UNITS + "|" + SCORE + ")?\\s*(?<suffix>以上|以下|以内|左右)?");
    private static final Pattern CHINESE = Pattern.compile(
            "(?=[≥≤><=不大小高低达超约近逾零一二两三四五六七八九十百千万亿])(?<cmp>" + CMP_PREFIX + ")?(?<approx>" + APPROX_PREFIX + ")?(?<num>" + CN_NUMBER + ")"
                    + "(?<more>余|多)?(?<unit>" + UNITS + ")(?<suffix>以上|以下|以内|左右)?");
    /** Years, dates and document numbers are not figures. */
    private static final Pattern NOT_A_FIGURE_AFTER = Pattern.compile("^\\s*(年|月|日|号|〕|\\]|】|级|季度|批|期|届|次会议|条|款|章|节|、|）|\\))");

    private static final int MAX_CELL_FIGURE = 40;
    /** "八项规定", "三项制度": a numeral naming a set of rules, not a count. */
    private static final Pattern NAMED_SET = Pattern.compile("规定|原则|制度|纪律|要求|精神|禁令");

    private AmountParser() {
    }

    /** Full-width digits and signs to ASCII, so that one set of patterns serves both. */
    public static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．' && i > 0 && Character.isDigit(norm(s.charAt(i - 1)))) {
                sb.append('.');
            } else if (c == '％') {
                sb.append('%');
            } else if (c == '＞') {
                sb.append('>');
            } else if (c == '＜') {
                sb.append('<');
            } else if (c == '＝') {
                sb.append('=');
            } else if (c == '，' && i > 0 && i + 3 < s.length() + 0 && isThousands(s, i)) {
                sb.append(',');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static char norm(char c) {
        return c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
    }

    private static boolean isThousands(String s, int comma) {
        if (comma + 3 >= s.length() + 1 || comma == 0) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (comma + k >= s.length() || !Character.isDigit(norm(s.charAt(comma + k)))) {
                return false;
            }
        }
        return Character.isDigit(norm(s.charAt(comma - 1)))
                && (comma + 4 >= s.length() || !Character.isDigit(norm(s.charAt(comma + 4))));
    }

    /** Every figure in a text, in order. Offsets refer to {@link #normalise(String)} of the text. */
    public static List<Quantity> findAll(String raw) {
        return scan(normalise(raw), true);
    }

    /** The same scan over the whole text, without narrowing to spans: the reference the narrowing must equal. */
    static List<Quantity> findAllScanningEverywhere(String raw) {
        return scan(normalise(raw), false);
    }

    /*
     * Every match holds its number inside one run of digits (or of Chinese numerals), with at most
     * PREFIX_CHARS characters of comparator/approximation/sign before it and SUFFIX_CHARS of unit and
     * suffix after it. Searching only those spans gives the same matches as searching the whole text,
     * and avoids trying the patterns at every character of long paragraphs, which had made this scan
     * the largest single cost of checking a report.
     */
    private static final int PREFIX_CHARS = 7;
    private static final int SUFFIX_CHARS = 10;

    private static List<Quantity> scan(String text, boolean narrow) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = ARABIC.matcher(text).useTransparentBounds(true);
        for (int[] span : narrow ? spans(text, AmountParser::isArabicRunChar) : whole(text)) {
            m.region(span[0], span[1]);
            while (m.find()) {
                Quantity q = arabic(m, text);
                if (q != null) {
                    out.add(q);
                }
            }
        }
        Matcher c = CHINESE.matcher(text).useTransparentBounds(true);
        for (int[] span : narrow ? spans(text, AmountParser::isChineseRunChar) : whole(text)) {
            c.region(span[0], span[1]);
            while (c.find()) {
                if (overlaps(out, c.start(), c.end())) {
                    continue;
                }
                Quantity q = chinese(c, text);
                if (q != null) {
                    out.add(q);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static List<int[]> whole(String text) {
        return List.of(new int[] {0, text.length()});
    }

    /** Runs of number characters, each widened by the prefix and suffix a match may carry; overlaps merged. */
    private static List<int[]> spans(String text, java.util.function.IntPredicate runChar) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!runChar.test(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < n && runChar.test(text.charAt(runEnd))) {
                runEnd++;
            }
            int from = widen(text, i, -1, PREFIX_CHARS);
            int to = widen(text, runEnd, 1, SUFFIX_CHARS);
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                spans.add(new int[] {from, to});
            }
            i = runEnd;
        }
        return spans;
    }

    /** Moves from a run's edge over up to {@code chars} non-space characters and all spaces among and after them. */
    private static int widen(String text, int edge, int step, int chars) {
        int p = edge;
        int taken = 0;
        if (step < 0) {
            while (p > 0 && taken < chars) {
                p--;
                if (!Character.isWhitespace(text.charAt(p))) {
                    taken++;
                }
            }
            return p;
        }
        while (p < text.length() && (taken < chars || Character.isWhitespace(text.charAt(p)))) {
            if (!Character.isWhitespace(text.charAt(p))) {
                taken++;
            }
            p++;
        }
        return p;
    }

    private static boolean isArabicRunChar(int c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    }

    private static boolean isChineseRunChar(int c) {
        return "零一二两三四五六七八九十百千万亿点".indexOf(c) >= 0;
    }

    /** A table cell that is one figure and nothing else ("860.9", "97.77%", "≥5家", "1,234万元"). */
    public static Optional<Quantity> parseCell(String raw) {
        String text = normalise(raw).strip();
        // Longer cells are prose; skipping them early keeps table scans cheap.
        if (text.isEmpty() || text.length() > MAX_CELL_FIGURE) {
            return Optional.empty();
        }
        List<Quantity> all = findAll(text);
        if (all.size() != 1) {
            return Optional.empty();
        }
        Quantity q = all.get(0);
        return onlyBracketsOrSpaces(text, 0, q.start()) && onlyBracketsOrSpaces(text, q.end(), text.length())
                ? Optional.of(q) : Optional.empty();
    }

    private static boolean onlyBracketsOrSpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (" \t\n\u000B\f\r　（）()".indexOf(ch) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Quantity arabic(Matcher m, String text) {
        String num = m.group("num");
        // A digit glued to a letter or another number is an identifier, not a figure.
        if (m.start("num") > 0 && Character.isLetterOrDigit(text.charAt(m.start("num") - 1))
                && !isCjk(text.charAt(m.start("num") - 1))) {
            return null;
        }
        String unit = m.group("unit");
        if (unit == null && NOT_A_FIGURE_AFTER.matcher(text).region(m.end("num"), text.length()).lookingAt()) {
            return null;
        }
        if (unit == null && m.group("high") == null && num.length() == 4 && !num.contains(".")
                && text.startsWith("年", m.end())) {
            return null;
        }
        double value = Double.parseDouble(num.replace(",", ""));
        if (m.group("sign") != null) {
            value = -value;
        }
        Double high = m.group("high") == null ? null : Double.parseDouble(m.group("high").replace(",", ""));
        String cmp = comparator(m.group("cmp"), m.group("suffix"));
        boolean approx = m.group("approx") != null || m.group("more") != null || "左右".equals(m.group("suffix"));
        return new Quantity(value, high, unit == null ? "" : unit, cmp, approx, m.start(), m.end(),
                text.substring(m.start(), m.end()).strip());
    }

    private static Quantity chinese(Matcher m, String text) {
        if (NAMED_SET.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null;
        }
        long v;
        String num = m.group("num");
        double value;
        int dot = num.indexOf('点');
        try {
            v = ChineseNumerals.parse(dot < 0 ? num : num.substring(0, dot));
            value = v;
            if (dot >= 0) {
                StringBuilder frac = new StringBuilder("0.");
                for (char ch : num.substring(dot + 1).toCharArray()) {
                    frac.append(ChineseNumerals.digit(ch));
                }
                value += Double.parseDouble(frac.toString());
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        String cmp = comparator(m.group("cmp"), m.group("suffix"));
        boolean approx = m.group("approx") != null || m.group("more") != null || "左右".equals(m.group("suffix"));
        return new Quantity(value, null, m.group("unit"), cmp, approx, m.start(), m.end(), m.group());
    }

    private static String comparator(String prefix, String suffix) {
        if (prefix != null) {
            return switch (prefix) {
                case "≥", ">=", "不低于", "不少于", "不小于", "大于等于", "达到" -> "≥";
                case "≤", "<=", "不高于", "不超过", "不大于", "小于等于" -> "≤";
                case ">", "高于", "大于", "超过" -> ">";
                case "<", "低于", "小于" -> "<";
                case "=" -> "=";
                default -> null;
            };
        }
        if ("以上".equals(suffix)) {
            return "≥";
        }
        if ("以下".equals(suffix) || "以内".equals(suffix)) {
            return "≤";
        }
        return null;
    }

    private static boolean overlaps(List<Quantity> qs, int start, int end) {
        return qs.stream().anyMatch(q -> q.start() < end && start < q.end());
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
