package org.selfeval.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Highlighted fragments of a report's text for a query: up to {@link #MAX_FRAGMENTS} windows
 * around the query's terms, terms wrapped in {@code <em>…</em>}, the rest HTML-escaped.
 * Computed from the stored text in Java, so both engines return the same snippets.
 */
public final class Snippets {

    public static final int MAX_FRAGMENTS = 3;
    private static final int CONTEXT = 30;

    private Snippets() {
    }

    public static List<String> of(String text, List<IndexAnalysis.QueryPart> parts) {
        if (text == null || text.isEmpty() || parts.isEmpty()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[text.length()];
        List<Integer> anchors = new ArrayList<>();
        for (IndexAnalysis.QueryPart part : parts) {
            // The part as typed first; its tokens only when the text never has it whole.
            Set<String> needles = new LinkedHashSet<>();
            needles.add(part.raw().toLowerCase(Locale.ROOT));
            if (!lower.contains(part.raw().toLowerCase(Locale.ROOT))) {
                needles.addAll(part.tokens());
            }
            for (String needle : needles) {
                if (needle.isEmpty()) {
                    continue;
                }
                for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
                    if (anchors.size() < 64) {
                        anchors.add(at);
                    }
                    for (int k = at; k < at + needle.length(); k++) {
                        marked[k] = true;
                    }
                }
            }
        }
        anchors.sort(Integer::compare);
        List<String> fragments = new ArrayList<>();
        int coveredTo = -1;
        for (int at : anchors) {
            if (at < coveredTo || fragments.size() == MAX_FRAGMENTS) {
                continue;
            }
            int from = Math.max(Math.max(0, coveredTo), at - CONTEXT);
            int to = Math.min(text.length(), at + CONTEXT);
            while (to < text.length() && marked[to]) {
                to++;
            }
            fragments.add(render(text, marked, from, to));
            coveredTo = to;
        }
        return fragments;
    }

    private static String render(String text, boolean[] marked, int from, int to) {
        StringBuilder sb = new StringBuilder();
        if (from > 0) {
            sb.append('…');
        }
        boolean open = false;
        for (int i = from; i < to; i++) {
            if (marked[i] != open) {
                sb.append(open ? "</em>" : "<em>");
                open = marked[i];
            }
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        if (open) {
            sb.append("</em>");
        }
        if (to < text.length()) {
            sb.append('…');
        }
        return sb.toString();
    }
}
