package org.selfeval.extract.word;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts automatic list numbers per list instance and renders the label Word shows in front
 * of the paragraph (for example "一、" or "（二）" or "1.2"), which the file does not store as text.
 */
final class ListCounters {

    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;

    private final Map<String, int[]> counters = new HashMap<>();

    /**
     * Advances the counter of {@code ilvl} in list {@code listId} and returns the label.
     *
     * @param levels the list's level definitions, indexed by level; null entries mean undefined
     * @return the label, or "" for bullets and undefined levels
     */
    String next(String listId, int ilvl, ListLevel[] levels) {
        if (ilvl < 0 || ilvl >= LEVELS || ilvl >= levels.length || levels[ilvl] == null) {
            return "";
        }
        int[] c = counters.computeIfAbsent(listId, k -> {
            int[] fresh = new int[LEVELS];
            Arrays.fill(fresh, UNSET);
            return fresh;
        });
        ListLevel level = levels[ilvl];
        c[ilvl] = c[ilvl] == UNSET ? level.start() : c[ilvl] + 1;
        // A higher-level item restarts the levels below it.
        for (int i = ilvl + 1; i < LEVELS; i++) {
            c[i] = UNSET;
        }
        if ("bullet".equals(level.format())) {
            return "";
        }
        return render(level, ilvl, c, levels);
    }

    private static String render(ListLevel level, int ilvl, int[] c, ListLevel[] levels) {
        String template = level.text() == null ? "" : level.text();
        StringBuilder sb = new StringBuilder(template.length() + 4);
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch == '%' && i + 1 < template.length() && template.charAt(i + 1) >= '1' && template.charAt(i + 1) <= '9') {
                int ref = template.charAt(i + 1) - '1';
                ListLevel refLevel = ref < levels.length && levels[ref] != null ? levels[ref] : ListLevel.DECIMAL;
                int value = c[ref] == UNSET ? refLevel.start() : c[ref];
                String format = level.legal() && ref != ilvl ? "decimal" : refLevel.format();
                sb.append(NumberFormats.format(value, format));
                i++;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
