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
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                out.addAll(text.extract(p.text(), p.page(), p.ocr()));
                remember(recent, p.text());
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
