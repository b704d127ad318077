package org.selfeval.checks.text;

import org.selfeval.checks.CheckContext;
import org.selfeval.figures.AmountParser;
import org.selfeval.figures.Quantity;
import org.selfeval.model.Block;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The prose of a report as passages: consecutive paragraphs joined while one does not end a
 * sentence (a PDF line or page break cuts "商品和服务支出 | 1,348.35万元" into two blocks), normalised
 * and without whitespace. A number cut by a wrap ("56 1.63") keeps a {@link #WRAP} mark between its
 * pieces so that no reader takes "561.63" for the stated value.
 */
final class Passages {

    static final char WRAP = '¦';

    /** @param text compact text; {@code quantities} its numbers (offsets into text); {@code page} of its first block */
    record Passage(String text, int page, List<Quantity> quantities) {
        /** Whether a quantity touches a wrap mark (its value is not the stated one). */
        boolean cut(Quantity q) {
            return (q.start() > 0 && text.charAt(q.start() - 1) == WRAP)
                    || (q.end() < text.length() && text.charAt(q.end()) == WRAP)
                    || q.text().indexOf(WRAP) >= 0;
        }
    }

    private static final Pattern WRAP_SPLIT = Pattern.compile("(\\d\\.?)[ \\t\\u00a0\\u3000\\r\\n]+(?=\\.?\\d)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]$");

    private Passages() {
    }

    static List<Passage> of(CheckContext ctx) {
        return ctx.derive(Passages.class, c -> of(c.document()));
    }

    static List<Passage> of(ReportDocument doc) {
        List<Passage> out = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        int page = 0;
        int last = -2;
        List<Block> blocks = doc.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (!(blocks.get(b) instanceof Paragraph p) || p.text() == null) {
                continue;
            }
            String text = p.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean continues = last == b - 1 && raw.length() > 0 && !SENTENCE_END.matcher(compact(raw)).find();
            if (!continues && raw.length() > 0) {
                out.add(passage(raw, page));
                raw.setLength(0);
            }
            if (raw.length() == 0) {
                page = p.page();
            } else {
                raw.append('\n');
            }
            raw.append(text);
            last = b;
        }
        if (raw.length() > 0) {
            out.add(passage(raw, page));
        }
        return out;
    }

    static Passage passage(CharSequence raw, int page) {
        String text = compact(raw);
        return new Passage(text, page, AmountParser.findAll(text));
    }

    private static String compact(CharSequence raw) {
        return Sentences.compact(WRAP_SPLIT.matcher(AmountParser.normalise(raw.toString())).replaceAll("$1" + WRAP));
    }
}
