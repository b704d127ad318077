package org.selfeval.render;

import org.selfeval.figures.AmountParser;

import org.selfeval.model.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a number quoted by a finding is printed. The number is matched as written
 * (860.9 = "860.90", "８６０．９", "1,234.5"); when it is printed more than once on a page, the
 * occurrence inside the value's snippet, or nearest its label (in reading order for prose, in the
 * same row or column as the label's parts for table cells), wins. A number printed several times
 * with nothing to tell the occurrences apart gets no box: no box rather than a wrong box.
 */
final class NumberLocator {

    /** A number as printed: digits with optional thousands groups and decimals. */
    private static final Pattern GROUPED = Pattern.compile("(?<![0-9.])\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?(?![0-9])");
    /** The same without grouping, for "860，047" that is a list of two numbers rather than one. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9.])\\d+(?:\\.\\d+)?(?![0-9])");
    private static final String LABEL_SEPARATOR = "·";
    private static final int MIN_LABEL_PREFIX = 4;
    private static final double SNIPPET_BONUS = 100_000;
    private static final double UNIT_BONUS = 3;
    // Prose: points per character of reading-order distance, so text and geometry scores compare.
    private static final double CHAR_WEIGHT = 5;
    private static final double LABEL_AFTER_PENALTY = 2;
    private static final int MAX_LABEL_CHARS = 80;
    // A label part found next to the number outweighs any distance within the limits above.
    private static final double LABEL_BONUS = 1_000;
    private static final double MAX_ALIGN = 60;
    // Estimated pages: a page away costs what 10 points of misalignment do.
    private static final double PAGE_PENALTY = 10;

    /** A located number: page, characters [from, to) of the page text, and the printed text. */
    record Location(int page, int from, int to, String printed) {
    }

    private final IntFunction<PageText> pages;
    private final int pageCount;
    private final boolean exactPages;

    /**
     * @param pages      the text of a 1-based page (may be cached by the caller)
     * @param exactPages true when the findings' page numbers come from this very PDF; false for a
     *                   Word file converted here, whose page numbers the extractor only estimated
     */
    NumberLocator(IntFunction<PageText> pages, int pageCount, boolean exactPages) {
        this.pages = pages;
        this.pageCount = pageCount;
        this.exactPages = exactPages;
    }

    /** The best occurrence on one page and whether anything beyond the number itself supports it. */
    private record Scored(Location location, double score, boolean evidence, int candidates) {
    }

    Optional<Location> locate(Finding.Value value) {
        int stated = value.page();
        boolean known = stated >= 1 && stated <= pageCount;
        if (exactPages && known) {
            Optional<Scored> here = onPage(pages.apply(stated), value);
            if (here.isPresent() && (here.get().evidence() || here.get().candidates() == 1)) {
                return here.map(Scored::location);
            }
            // A value cited across a page break: the neighbours, but there only with evidence.
            for (int p : new int[]{stated + 1, stated - 1}) {
                if (p >= 1 && p <= pageCount) {
                    Optional<Scored> s = onPage(pages.apply(p), value).filter(Scored::evidence);
                    if (s.isPresent()) {
                        return s.map(Scored::location);
                    }
                }
            }
            return Optional.empty();
        }
        // Estimated or unknown page: every page, with evidence, the nearer the stated page the better.
        Scored best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int p = 1; p <= pageCount; p++) {
            Optional<Scored> s = onPage(pages.apply(p), value).filter(Scored::evidence);
            if (s.isPresent()) {
                double score = s.get().score() + (known ? PAGE_PENALTY * Math.abs(p - stated) : 0);
                if (score < bestScore) {
                    bestScore = score;
                    best = s.get();
                }
            }
        }
        return Optional.ofNullable(best).map(Scored::location);
    }

    private Optional<Scored> onPage(PageText page, Finding.Value value) {
        List<int[]> candidates = occurrences(page.text(), value.value());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> snippetSpans = snippetSpans(page, value.snippet(), value.value());
        List<List<int[]>> labelParts = labelParts(page, value.label());
        boolean table = "table".equals(value.source());
        double best = Double.POSITIVE_INFINITY;
        int[] bestCandidate = null;
        boolean evidence = false;
        for (int[] c : candidates) {
            double score = 0;
            boolean hasEvidence = false;
            for (int[] s : snippetSpans) {
                if (c[0] >= s[0] && c[1] <= s[1]) {
                    score -= SNIPPET_BONUS;
                    hasEvidence = true;
                    break;
                }
            }
            double label = table ? alignment(page, c, labelParts) : readingDistance(page, c, labelParts);
            if (!Double.isNaN(label)) {
                score += label;
                hasEvidence = true;
            }
            if (unitFollows(page.text(), c[1], value.unit())) {
                score -= UNIT_BONUS;
            }
            if (score < best) {
                best = score;
                bestCandidate = c;
                evidence = hasEvidence;
            }
        }
        int[] c = bestCandidate;
        Location l = new Location(page.page(), c[0], c[1], page.text().substring(c[0], c[1]));
        return Optional.of(new Scored(l, best, evidence, candidates.size()));
    }

    /** Spans [from, to) of page.text() where the number is printed. */
    static List<int[]> occurrences(String text, double value) {
        BigDecimal wanted = BigDecimal.valueOf(Math.abs(value));
        List<int[]> out = new ArrayList<>();
        // An ASCII comma between digit groups is a thousands separator; a full-width one may be either.
        List<int[]> grouped = new ArrayList<>();
        Matcher g = GROUPED.matcher(text);
        while (g.find()) {
            if (g.group().indexOf(',') >= 0) {
                grouped.add(new int[]{g.start(), g.end()});
            }
            if (equal(g.group().replace(",", "").replace("，", ""), wanted)) {
                out.add(new int[]{g.start(), g.end()});
            }
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            boolean inside = out.stream().anyMatch(o -> start >= o[0] && end <= o[1])
                    || grouped.stream().anyMatch(o -> start >= o[0] && end <= o[1]);
            if (!inside && equal(m.group(), wanted)) {
                out.add(new int[]{start, end});
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    private static boolean equal(String printed, BigDecimal wanted) {
        try {
            return new BigDecimal(printed).compareTo(wanted) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Where the snippet is printed (text spans), when it says more than the number itself. */
    private static List<int[]> snippetSpans(PageText page, String snippet, double value) {
        List<int[]> out = new ArrayList<>();
        if (snippet == null) {
            return out;
        }
        String s = searchable(snippet);
        if (s.isEmpty() || NUMBER.matcher(s).matches() || GROUPED.matcher(s).matches() || occurrences(s, value).isEmpty()) {
            return out;
        }
        for (int[] span : find(page.compact(), s)) {
            out.add(new int[]{page.textIndex(span[0]), page.textIndex(span[1] - 1) + 1});
        }
        return out;
    }

    /** A snippet, label part or unit as {@link PageText#compact()} spells it (see there). */
    private static String searchable(String s) {
        return AmountParser.normalise(GlyphStripper.normaliseCompact(s));
    }

    /** For each part of the label (row·column), its occurrences as text spans; parts not found are left out. */
    private static List<List<int[]>> labelParts(PageText page, String label) {
        List<List<int[]>> out = new ArrayList<>();
        if (label == null) {
            return out;
        }
        for (String part : label.split(LABEL_SEPARATOR)) {
            String p = searchable(part);
            if (p.isEmpty()) {
                continue;
            }
            List<int[]> spans = find(page.compact(), p);
            // A table cell may wrap its label, so that only a prefix is printed in one piece.
            for (int len = p.length() - 1; spans.isEmpty() && len >= MIN_LABEL_PREFIX; len--) {
                spans = find(page.compact(), p.substring(0, len));
            }
            if (!spans.isEmpty()) {
                List<int[]> text = new ArrayList<>();
                for (int[] s : spans) {
                    text.add(new int[]{page.textIndex(s[0]), page.textIndex(s[1] - 1) + 1});
                }
                out.add(text);
            }
        }
        return out;
    }

    /**
     * Table cell: each label part printed in the number's row or column (within
     * {@link #MAX_ALIGN} points) earns a bonus, less the misalignment; NaN when none is.
     */
    private static double alignment(PageText page, int[] candidate, List<List<int[]>> parts) {
        float[] c = page.centre(candidate[0], candidate[1]);
        if (parts.isEmpty() || c == null) {
            return Double.NaN;
        }
        double total = 0;
        boolean aligned = false;
        for (List<int[]> occurrences : parts) {
            double best = Double.POSITIVE_INFINITY;
            for (int[] o : occurrences) {
                float[] l = page.centre(o[0], o[1]);
                if (l != null) {
                    best = Math.min(best, Math.min(Math.abs(l[0] - c[0]), Math.abs(l[1] - c[1])));
                }
            }
            if (best <= MAX_ALIGN) {
                total += best - LABEL_BONUS;
                aligned = true;
            }
        }
        return aligned ? total : Double.NaN;
    }

    /** Prose: characters between the label and the number, the label normally coming first; NaN without parts. */
    private static double readingDistance(PageText page, int[] candidate, List<List<int[]>> parts) {
        if (parts.isEmpty()) {
            return Double.NaN;
        }
        int start = page.compactIndex(candidate[0]);
        int end = page.compactIndex(candidate[1]);
        double total = 0;
        boolean near = false;
        for (List<int[]> occurrences : parts) {
            double best = Double.POSITIVE_INFINITY;
            for (int[] o : occurrences) {
                int ls = page.compactIndex(o[0]);
                int le = page.compactIndex(o[1]);
                double d = le <= start ? start - le : Math.max(0, ls - end) * LABEL_AFTER_PENALTY;
                best = Math.min(best, d);
            }
            // A label a paragraph away says nothing about this occurrence.
            if (best <= MAX_LABEL_CHARS) {
                total += best * CHAR_WEIGHT - LABEL_BONUS;
                near = true;
            }
        }
        return near ? total : Double.NaN;
    }

    private static boolean unitFollows(String text, int end, String unit) {
        if (unit == null || unit.isEmpty()) {
            return false;
        }
        String u = searchable(unit);
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.startsWith(u, i);
    }

    private static List<int[]> find(String haystack, String needle) {
        List<int[]> out = new ArrayList<>();
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            out.add(new int[]{i, i + needle.length()});
        }
        return out;
    }
}
