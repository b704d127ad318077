package org.selfeval.extract.word;

import java.util.Locale;

/** Renders list counters the way Word displays them, for the numbering formats Word names. */
final class NumberFormats {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    /**
     * @param format the OOXML ST_NumberFormat name (e.g. "decimal", "chineseCounting")
     * @return the label for {@code n}, "" for bullets and "none"
     */
    static String format(int n, String format) {
        if (format == null) {
            return Integer.toString(n);
        }
        return switch (format) {
            case "bullet", "none" -> "";
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "ideographLegalTraditional" -> chineseCounting(n, DIGITS, "十", "百");
            case "chineseLegalSimplified" -> chineseCounting(n, LEGAL_DIGITS, "拾", "佰");
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> ideographDigits(n);
            case "ideographTraditional" -> cyclic(n, HEAVENLY_STEMS);
            case "ideographZodiac" -> cyclic(n, EARTHLY_BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('⑴' + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('⒈' + n - 1)) : n + ".";
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            default -> Integer.toString(n);
        };
    }

    /** Maps a Word 97 number format code (nfc) to its OOXML name. */
    static String fromNfc(int nfc) {
        return switch (nfc) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 14, 19 -> "decimalFullWidth";
            case 18 -> "decimalEnclosedCircle";
            case 22 -> "decimalZero";
            case 23 -> "bullet";
            case 30 -> "ideographTraditional";
            case 31 -> "ideographZodiac";
            case 33, 35, 37, 39 -> "chineseCounting";
            case 34, 36, 38 -> "chineseLegalSimplified";
            case 255 -> "none";
            default -> "decimal";
        };
    }

    private static String chineseCounting(int n, String digits, String ten, String hundred) {
        if (n <= 0 || n >= 1000) {
            return Integer.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        int h = n / 100;
        int t = (n / 10) % 10;
        int u = n % 10;
        if (h > 0) {
            sb.append(digits.charAt(h)).append(hundred);
            if (t == 0 && u > 0) {
                sb.append('零'); // counting style writes 零, not the digit 〇
            }
        }
        if (t > 0) {
            // "十一", not "一十一", when there is no hundreds digit.
            if (t > 1 || h > 0) {
                sb.append(digits.charAt(t));
            }
            sb.append(ten);
        }
        if (u > 0) {
            sb.append(digits.charAt(u));
        }
        return sb.toString();
    }

    private static String ideographDigits(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
        }
        return sb.toString();
    }

    private static String cyclic(int n, String symbols) {
        return n >= 1 ? String.valueOf(symbols.charAt((n - 1) % symbols.length())) : Integer.toString(n);
    }

    private static String fullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) (c - '0' + '０'));
        }
        return sb.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }

    /** A, B, … Z, AA, BB, … as Word writes letter lists. */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }
}
