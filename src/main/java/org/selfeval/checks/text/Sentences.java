package org.selfeval.checks.text;

import org.selfeval.checks.CheckContext;
import org.selfeval.figures.AmountParser;
import org.selfeval.figures.PageBreakJoin;
import org.selfeval.model.Block;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The prose of a report cut into sentences (at 。！？ and line breaks; a ；-separated list stays one sentence), normalised the way
 * {@link AmountParser} normalises text, with all whitespace removed so that text wrapped by a PDF
 * compares with text from Word. A sentence a PDF cuts at a page break is one sentence (of the block and page it starts on).
 */
public final class Sentences {

    /** @param index position in reading order; {@code block} the block ordinal it comes from */
    public record Sentence(int index, int block, int page, String text) {
    }

    private static final Pattern SPLIT = Pattern.compile("(?<=[。！？!?])|\\n");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

    private final List<Sentence> sentences;
    private final java.util.BitSet headingBlocks;

    private Sentences(List<Sentence> sentences, java.util.BitSet headingBlocks) {
        this.sentences = List.copyOf(sentences);
        this.headingBlocks = headingBlocks;
    }

    /** Whether a heading starts between block {@code from} (exclusive) and block {@code to} (inclusive). */
    public boolean headingBetween(int from, int to) {
        int next = headingBlocks.nextSetBit(from + 1);
        return next >= 0 && next <= to;
    }

    /** The report's sentences, split once per check run and shared by every check that reads prose. */
    public static Sentences of(CheckContext ctx) {
        return ctx.derive(Sentences.class, c -> of(c.document()));
    }

    public static Sentences of(ReportDocument doc) {
        List<Sentence> out = new ArrayList<>();
        java.util.BitSet headings = new java.util.BitSet();
        List<Block> blocks = doc.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Heading) {
                headings.set(b);
            }
            String text = block instanceof Paragraph p ? p.text() : block instanceof Heading h ? h.text() : null;
            if (text == null) {
                continue;
            }
            // A sentence cut by a page break goes on in this block: its first part joins the last sentence.
            boolean continues = b > 0 && block instanceof Paragraph p && blocks.get(b - 1) instanceof Paragraph before
                    && !out.isEmpty() && out.get(out.size() - 1).block() == b - 1 && PageBreakJoin.continues(before, p);
            for (String part : SPLIT.split(text)) {
                String s = compact(part);
                if (s.isEmpty()) {
                    continue;
                }
                if (continues) {
                    Sentence last = out.remove(out.size() - 1);
                    out.add(new Sentence(last.index(), last.block(), last.page(), last.text() + s));
                    continues = false;
                } else {
                    out.add(new Sentence(out.size(), b, blocks.get(b).page(), s));
                }
            }
        }
        return new Sentences(out, headings);
    }

    public static String compact(String s) {
        return SPACE.matcher(AmountParser.normalise(s)).replaceAll("");
    }

    public List<Sentence> all() {
        return sentences;
    }

    /**
     * The first sentence from {@code from} on that contains {@code snippet} (compared without
     * whitespace) more often than {@code used} says it was already taken, so that a snippet
     * repeated in a later paragraph maps to that paragraph; wraps around; null if none.
     */
    public Sentence find(String snippet, int from, java.util.Map<String, Integer> used) {
        if (snippet == null || snippet.isBlank()) {
            return null;
        }
        String needle = compact(snippet);
        int n = sentences.size();
        for (int k = 0; k < n; k++) {
            Sentence s = sentences.get((Math.max(0, from) + k) % n);
            String key = s.index() + "|" + needle;
            if (occurrences(s.text(), needle) > used.getOrDefault(key, 0)) {
                used.merge(key, 1, Integer::sum);
                return s;
            }
        }
        return null;
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
