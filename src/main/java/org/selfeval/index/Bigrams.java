package org.selfeval.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Character bigrams for recall when HanLP splits a term differently in the query and the text.
 * Both engines index {@link #of} in a whitespace field, so Elasticsearch needs no ngram analyzer.
 * A run of Han characters gives its overlapping bigrams (a lone character gives itself); a run of
 * letters or digits gives one lower-cased token; everything else separates runs.
 */
public final class Bigrams {

    private Bigrams() {
    }

    /** The bigram tokens of a text, space-joined. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() * 3);
        scan(text, (s, start, end) -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(s, start, end);
        });
        return out.toString();
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        scan(text, (s, start, end) -> out.add(s.substring(start, end)));
        return out;
    }

    /** Receives the tokens of {@link #scan} (an indexed text is scanned once, without a list of them). */
    private interface Sink {
        /** The token {@code s[start, end)}. */
        void token(String s, int start, int end);
    }

    private static void scan(String text, Sink out) {
        if (text == null) {
            return;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isHan(cp)) {
                int end = i;
                while (end < n && isHan(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                addHanRun(text, i, end, out);
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = i;
                while (end < n && Character.isLetterOrDigit(text.codePointAt(end)) && !isHan(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String lower = text.substring(i, end).toLowerCase(Locale.ROOT);
                out.token(lower, 0, lower.length());
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** The overlapping bigrams of the Han run {@code text[start, end)}; a lone character is itself. */
    private static void addHanRun(String text, int start, int end, Sink out) {
        int second = start + Character.charCount(text.codePointAt(start));
        if (second >= end) {
            out.token(text, start, end);
            return;
        }
        int first = start;
        while (second < end) {
            int after = second + Character.charCount(text.codePointAt(second));
            out.token(text, first, after);
            first = second;
            second = after;
        }
    }

    static boolean isHan(int codePoint) {
        // Fast paths for what nearly all of a report is: below the first Han block (U+2E80), and the
        // CJK Unified Ideographs assigned since Unicode 11. UnicodeScript.of is a binary search over
        // every script range; the answer is the same for every code point (BigramsTest).
        if (codePoint < 0x2E80) {
            return false;
        }
        if (codePoint >= 0x4E00 && codePoint <= 0x9FEF) {
            return true;
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
