package org.selfeval.structure;

import org.selfeval.model.NumberingScheme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbering token at the start of a line: 一、 （一） 1. （1）, with its ordinal value.
 *
 * @param token  the token as written, including trailing punctuation (e.g. "（一）、")
 * @param value  the ordinal (一 → 1, 十二 → 12)
 * @param rest   the text after the token, trimmed
 */
public record NumberingToken(NumberingScheme scheme, String token, int value, String rest) {

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern CHINESE = Pattern.compile("^(" + CN + ")\\s*[、．.，,]\\s*");
    private static final Pattern CHINESE_PAREN = Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[）)]\\s*[、．.，,]?\\s*");
    // "1." must not be the start of a decimal such as 1.5万元.
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*(?:[、．]|\\.(?!\\d))\\s*");
    private static final Pattern ARABIC_PAREN = Pattern.compile("^(?:[（(]\\s*(\\d{1,2})\\s*[）)]|(\\d{1,2})[）)])\\s*[、．.]?\\s*");

    /** Parses a numbering token at the start of {@code text}, or returns null. */
    public static NumberingToken parse(String text) {
        String s = text.strip();
        NumberingToken t;
        if ((t = match(CHINESE, NumberingScheme.CHINESE, s)) != null
                || (t = match(CHINESE_PAREN, NumberingScheme.CHINESE_PAREN, s)) != null
                || (t = match(ARABIC_PAREN, NumberingScheme.ARABIC_PAREN, s)) != null
                || (t = match(ARABIC, NumberingScheme.ARABIC, s)) != null) {
            return t;
        }
        return null;
    }

    private static NumberingToken match(Pattern p, NumberingScheme scheme, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return null;
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(m.groupCount());
        int value = Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits) : chineseValue(digits);
        if (value <= 0) {
            return null;
        }
        return new NumberingToken(scheme, m.group().strip(), value, s.substring(m.end()).strip());
    }

    /** 一…九十九 as used in outline numbering. */
    static int chineseValue(String s) {
        String digits = "零一二三四五六七八九";
        int tenPos = s.indexOf('十');
        if (tenPos < 0) {
            return s.length() == 1 ? digits.indexOf(s.charAt(0)) : -1;
        }
        int tens = tenPos == 0 ? 1 : digits.indexOf(s.charAt(0));
        int units = tenPos == s.length() - 1 ? 0 : digits.indexOf(s.charAt(tenPos + 1));
        if (tens <= 0 || units < 0 || s.length() > tenPos + 2) {
            return -1;
        }
        return tens * 10 + units;
    }
}
