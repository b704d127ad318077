package org.selfeval.extract.pdf;

/** Joining rules for Chinese text: CJK characters are never separated by spaces. */
final class Cjk {

    private Cjk() {
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        // Full-width punctuation (，。、（）：；“”) belongs to Chinese text too.
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x201C || cp == 0x201D
                || cp == 0x2018 || cp == 0x2019 || cp == 0x2014 || cp == 0x2026);
    }

    /** Joins two pieces of text: nothing between CJK characters, one space otherwise. */
    static String join(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        int a = left.codePointBefore(left.length());
        int b = right.codePointAt(0);
        if (Character.isWhitespace(a) || Character.isWhitespace(b) || isCjk(a) || isCjk(b)) {
            return left + right;
        }
        // In Chinese prose a line break is never a space: Word/WPS wrap numbers mid-way
        // ("项目支出为5" / "10.6万元"), and a space would split 510.6 into two figures.
        if (!(Character.isLetter(a) && Character.isLetter(b)) && nearCjk(left, right)) {
            return left + right;
        }
        return left + " " + right;
    }

    private static boolean nearCjk(String left, String right) {
        String tail = left.substring(Math.max(0, left.length() - 12));
        String head = right.substring(0, Math.min(right.length(), 12));
        return (tail + head).codePoints().anyMatch(Cjk::isCjk);
    }

    /** Removes whitespace that sits between two CJK characters (OCR output, wrapped cells). */
    static String removeSpacesBetweenCjk(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (Character.isWhitespace(cp) && out.length() > 0) {
                int j = i;
                while (j < s.length() && Character.isWhitespace(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                int before = out.codePointBefore(out.length());
                if (j < s.length() && isCjk(before) && isCjk(s.codePointAt(j))) {
                    i = j;
                    continue;
                }
            }
            out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
