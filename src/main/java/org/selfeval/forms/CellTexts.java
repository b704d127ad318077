package org.selfeval.forms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises form cell text: Word and PDF wrap and space cells differently ("年度预\n算申请"). */
final class CellTexts {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern LEADING = Pattern.compile("^(其中[:：]?|[0-9０-９]+[、.．]|[（(][0-9一二三四五六七八九十]+[）)])+");
    private static final Pattern TRAILING_COLONS = Pattern.compile("[：]+$");
    private static final Pattern DASHES = Pattern.compile("[—－\\-–/／、…]+");
    private static final Pattern LABEL_VALUE = Pattern.compile("^(.*?)[:：](.*)$");

    private CellTexts() {
    }

    /** Without any whitespace, with ASCII colons as full-width ones. */
    static String compact(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll("").replace(':', '：');
    }

    /** A row label without its list numbering ("1、", "其中：") and trailing colon. */
    static String bareLabel(String s) {
        String c = compact(s);
        c = LEADING.matcher(c).replaceFirst("");
        return TRAILING_COLONS.matcher(c).replaceFirst("");
    }

    /** "其中：一般公共预算：860.02" → ["一般公共预算", "860.02"]; no colon → [label, ""]. */
    static String[] labelValue(String s) {
        String c = compact(s);
        if (c.startsWith("其中：")) {
            c = c.substring(3);
        }
        Matcher m = LABEL_VALUE.matcher(c);
        if (m.matches()) {
            return new String[]{m.group(1), m.group(2)};
        }
        return new String[]{c, ""};
    }

    /** Template placeholders ("——", "—", "/") that are not numbers and not blanks either. */
    static boolean isDash(String s) {
        String c = compact(s);
        return !c.isEmpty() && DASHES.matcher(c).matches();
    }
}
