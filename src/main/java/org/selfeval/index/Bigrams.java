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
        return String.join(" ", tokens(text));
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
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
                addHanRun(text.substring(i, end), out);
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = i;
                while (end < n && Character.isLetterOrDigit(text.codePointAt(end)) && !isHan(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                out.add(text.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    private static void addHanRun(String run, List<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(run);
            return;
        }
        for (int k = 0; k + 1 < cps.length; k++) {
            out.add(new String(cps, k, 2));
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
