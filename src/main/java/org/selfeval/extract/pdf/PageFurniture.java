package org.selfeval.extract.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises running headers, footers and printed page numbers ("—23—", "- 3 -", "第 3 页",
 * "3/7"): lines in the top or bottom margin band that look like a page number or repeat (digits
 * aside) on several pages.
 */
final class PageFurniture implements Predicate<PageFurniture.Placed> {

    /** A line with its page geometry. */
    record Placed(TextLine line, double pageHeight) {
    }

    /** Share of the page height at the top and at the bottom treated as the margin band. */
    private static final double BAND = 0.09;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－_·•\\s]*\\d{1,4}[-—–－_·•\\s]*$"
                    + "|^第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?$"
                    + "|^\\d{1,4}\\s*/\\s*\\d{1,4}$"
                    + "|^(?i:page)\\s*\\d{1,4}(\\s*(?i:of)\\s*\\d{1,4})?$");

    private final Map<String, Integer> bandCounts = new HashMap<>();
    private final int minRepeats;

    PageFurniture(List<List<Placed>> pages) {
        for (List<Placed> page : pages) {
            page.stream().filter(PageFurniture::inBand).map(p -> key(p.line().text())).distinct()
                    .forEach(k -> bandCounts.merge(k, 1, Integer::sum));
        }
        this.minRepeats = Math.max(2, (int) Math.ceil(pages.size() * 0.3));
    }

    @Override
    public boolean test(Placed p) {
        if (!inBand(p)) {
            return false;
        }
        String text = p.line().text().strip();
        return PAGE_NUMBER.matcher(text).matches() || bandCounts.getOrDefault(key(text), 0) >= minRepeats;
    }

    private static boolean inBand(Placed p) {
        return p.line().y1() < p.pageHeight() * BAND || p.line().y0() > p.pageHeight() * (1 - BAND);
    }

    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}
