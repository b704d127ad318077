package org.selfeval.figures;

import org.selfeval.model.Block;
import org.selfeval.model.Figure;
import org.selfeval.model.Heading;
import org.selfeval.model.Paragraph;
import org.selfeval.model.ReportDocument;
import org.selfeval.model.Table;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The figures of a report: numbers in paragraphs and headings (labelled from HanLP tokens and the
 * budget dictionary, see {@link TextFigures}) and in table cells (labelled from row and column
 * headers, see {@link TableFigures}), in reading order. Thread-safe; build one per process.
 * Tables nested inside cells are not read: report forms do not nest their figures.
 */
public final class HanlpFigureExtractor implements FigureExtractor {

    /** Short lines before a table that may be its title or carry "单位：万元". */
    private static final int TITLE_LINES = 2;
    private static final int MAX_TITLE = 60;

    private final TextFigures text;
    private final TableFigures tables;

    public HanlpFigureExtractor(FigureLabels labels, Segmenter segmenter) {
        this.text = new TextFigures(segmenter, labels);
        this.tables = new TableFigures(labels);
    }

    /** The extractor with the dictionaries of a config folder. */
    public static HanlpFigureExtractor fromConfig(Path configDir) {
        FigureLabels labels = FigureLabels.load(configDir);
        return new HanlpFigureExtractor(labels, new HanlpSegmenter(labels.terms()));
    }

    @Override
    public List<Figure> extract(ReportDocument document) {
        boolean docOcr = document.metadata() != null && document.metadata().ocr();
        List<Figure> out = new ArrayList<>();
        Deque<String> recent = new ArrayDeque<>();
        int ordinal = 0;
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Paragraph p) {
                // A sentence cut by a page break is read whole; each figure keeps the page it is printed on.
                List<Paragraph> run = new ArrayList<>(List.of(p));
                while (b + 1 < blocks.size() && blocks.get(b + 1) instanceof Paragraph next
                        && PageBreakJoin.continues(run.get(run.size() - 1), next)) {
                    run.add(next);
                    b++;
                }
                out.addAll(run.size() == 1 ? text.extract(p.text(), p.page(), p.ocr()) : extractJoined(run));
                run.forEach(r -> remember(recent, r.text()));
            } else if (block instanceof Heading h) {
                out.addAll(text.extract(h.text(), h.page(), h.ocr()));
                remember(recent, h.text());
            } else if (block instanceof Table t) {
                // Tables carry no OCR flag of their own; a document with OCR'd pages may have OCR'd tables.
                out.addAll(tables.extract(t, ordinal++, List.copyOf(recent), docOcr));
                recent.clear();
            }
        }
        return out;
    }

    /** The figures of paragraphs joined over page breaks, each with the page its number starts on. */
    private List<Figure> extractJoined(List<Paragraph> run) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[run.size()];
        for (int k = 0; k < run.size(); k++) {
            starts[k] = joined.length();
            joined.append(run.get(k).text().strip());
        }
        List<Figure> out = new ArrayList<>();
        for (TextFigures.Placed f : text.extractPlaced(joined.toString(), run.get(0).ocr())) {
            int k = run.size() - 1;
            while (k > 0 && starts[k] > f.offset()) {
                k--;
            }
            out.add(f.onPage(run.get(k).page()));
        }
        return out;
    }

    private static void remember(Deque<String> recent, String line) {
        if (line.length() > MAX_TITLE) {
            recent.clear();
            return;
        }
        recent.addFirst(line);
        while (recent.size() > TITLE_LINES) {
            recent.removeLast();
        }
    }
}
