package org.selfeval.render;

import org.selfeval.model.Block;
import org.selfeval.model.Cell;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Gives a Word document's blocks the pages of its rendered PDF: the blocks are found, in reading
 * order, in the rendered pages' text, and each takes the page its text starts on (a table also
 * the page its last cell ends on). Text is compared as letters and digits only, since the PDF's
 * text differs from the document's in spacing, punctuation width and rendered list numbers. A
 * block that cannot be found (too short, or rendered differently) takes the page of the block
 * before it; the search never goes backwards and never jumps further than a few pages ahead, so
 * a phrase repeated later in the report cannot pull a block forward.
 */
public final class PageAlignment {

    /** Characters of a block's text looked for; long enough to be distinctive, short enough to survive edits. */
    private static final int PROBE = 14;
    /** Shortest block text (letters and digits) that is looked for at all. */
    private static final int MIN_PROBE = 4;
    /** How far ahead of the last match a block may be found (characters of page text). */
    private static final int WINDOW = 6000;

    /** The aligned blocks and how many of them were found in the rendered text. */
    public record Result(List<Block> blocks, int found, int searched) {
    }

    private final String text;
    private final int[] pageStarts;

    private PageAlignment(List<String> pageTexts) {
        StringBuilder all = new StringBuilder();
        pageStarts = new int[pageTexts.size()];
        for (int i = 0; i < pageTexts.size(); i++) {
            pageStarts[i] = all.length();
            all.append(normalize(pageTexts.get(i)));
        }
        text = all.toString();
    }

    /**
     * The blocks with pages from {@code pageTexts} (the rendered PDF's text, page 1 first); block
     * order and content are unchanged.
     */
    public static Result align(List<Block> blocks, List<String> pageTexts) {
        return new PageAlignment(pageTexts).run(blocks);
    }

    private Result run(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int cursor = 0;
        int lastPage = pageStarts.length == 0 ? 0 : 1;
        int found = 0;
        int searched = 0;
        for (Block block : blocks) {
            String own = normalize(textOf(block));
            int start = -1;
            int end = -1;
            if (own.length() >= MIN_PROBE) {
                searched++;
                start = find(own, cursor);
                if (start >= 0) {
                    end = start + own.length();
                    if (block instanceof Table) {
                        end = tableEnd(own, start);
                    }
                }
            }
            if (start >= 0) {
                found++;
                cursor = Math.min(end, text.length());
                int first = pageAt(start);
                lastPage = pageAt(Math.max(start, cursor - 1));
                Block placed = withPages(block, first, lastPage);
                if (placed instanceof Table t && lastPage > first) {
                    placed = withCellPages(t, start, cursor);
                }
                out.add(placed);
            } else {
                out.add(withPages(block, lastPage, lastPage));
            }
        }
        return new Result(out, found, searched);
    }

    /** Where {@code own} starts at or after {@code from}: its head, else a piece of its middle (moved back). */
    private int find(String own, int from) {
        int limit = from + WINDOW + own.length();
        String head = own.substring(0, Math.min(PROBE, own.length()));
        int at = indexWithin(head, from, limit);
        if (at >= 0 || own.length() < 3 * PROBE) {
            return at;
        }
        // The head may differ (a rendered number, a field); try a piece from the middle.
        int offset = own.length() / 2;
        int mid = indexWithin(own.substring(offset, offset + PROBE), from, limit);
        return mid < 0 ? -1 : Math.max(from, mid - offset);
    }

    /** A table ends where its last cells' text does; its cells may be rendered across pages. */
    private int tableEnd(String own, int start) {
        if (own.length() <= PROBE) {
            return start + own.length();
        }
        String tail = own.substring(own.length() - PROBE);
        int at = indexWithin(tail, start, start + 2 * own.length() + WINDOW);
        return at < 0 ? start + own.length() : at + PROBE;
    }

    /**
     * A table over several pages: each cell takes the page its text is found on, searched in cell
     * order between the table's start and end (a cell not found, or empty, takes the page before).
     */
    private Table withCellPages(Table t, int start, int end) {
        List<Cell> cells = new ArrayList<>(t.cells().size());
        int at = start;
        int page = pageAt(start);
        for (Cell c : t.cells()) {
            String own = normalize(c.text());
            if (!own.isEmpty()) {
                int found = text.indexOf(own, at);
                if (found >= 0 && found < end) {
                    page = pageAt(found);
                    at = found + own.length();
                }
            }
            cells.add(c.withPage(page));
        }
        return new Table(t.pages(), t.rowCount(), t.colCount(), cells, t.method(), t.box());
    }

    private int indexWithin(String probe, int from, int limit) {
        int at = text.indexOf(probe, from);
        return at >= 0 && at <= limit ? at : -1;
    }

    /** The 1-based page whose text holds {@code offset}: the last page starting at or before it. */
    private int pageAt(int offset) {
        int i = java.util.Arrays.binarySearch(pageStarts, offset);
        // Empty pages share their start with the next: take the last page starting there.
        if (i >= 0) {
            while (i + 1 < pageStarts.length && pageStarts[i + 1] == offset) {
                i++;
            }
            return i + 1;
        }
        return Math.max(1, -i - 1);
    }

    private static String textOf(Block block) {
        if (block instanceof Paragraph p) {
            return p.text();
        }
        if (block instanceof Heading h) {
            // Rendered list numbering ("一、") is often not in the document text: the title alone.
            return h.title();
        }
        return cellText((Table) block);
    }

    private static String cellText(Table t) {
        StringBuilder b = new StringBuilder();
        for (Cell c : t.cells()) {
            b.append(c.text());
        }
        return b.toString();
    }

    private static Block withPages(Block block, int first, int last) {
        if (block.page() == first && !(block instanceof Table)) {
            return block;
        }
        if (block instanceof Paragraph p) {
            return new Paragraph(p.text(), first, p.style(), p.ocr(), p.box());
        }
        if (block instanceof Heading h) {
            return new Heading(h.numbering(), h.scheme(), h.level(), h.title(), first, h.drift(), h.ocr(), h.box());
        }
        Table t = (Table) block;
        return new Table(IntStream.rangeClosed(first, Math.max(first, last)).boxed().toList(),
                t.rowCount(), t.colCount(), t.cells(), t.method(), t.box());
    }

    /** Letters and digits only (CJK included), so spacing and punctuation do not matter. */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
