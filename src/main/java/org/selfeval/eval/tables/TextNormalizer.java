package org.selfeval.eval.tables;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Cell text normalisation shared by both measures, so that layout noise is not scored as error. */
public final class TextNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");
    private static final Pattern QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u00B4`]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");

    private TextNormalizer() {
    }

    /**
     * For adjacency relations: all whitespace removed (line breaks inside a cell are a layout
     * choice, not content) and typographic quotes and dashes unified to ASCII.
     */
    public static String forRelations(String text) {
        String s = withoutWhitespace(text);
        s = QUOTES.matcher(s).replaceAll("'");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        return DASHES.matcher(s).replaceAll("-");
    }

    /**
     * For exact grid comparison: Unicode NFKC, then all whitespace removed. Tools join the lines
     * of a multi-line cell differently ("Ring-\nding", "Ring- ding"); removing it keeps the test
     * about cell content and cell boundaries, which is what the oracle files pin down. NFKC makes
     * width variants one character: CJK documents mix full-width "（" with ASCII ")", and tools
     * differ in whether they fold them (tabula writes the ASCII form).
     */
    public static String forExactMatch(String text) {
        return withoutWhitespace(text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    private static String withoutWhitespace(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
    }
}
