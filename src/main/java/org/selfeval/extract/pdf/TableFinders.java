package org.selfeval.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/** Runs the table finders on a page: ruled tables first, aligned text only outside them. */
final class TableFinders {

    private TableFinders() {
    }

    static List<PageTable> find(PageLayout page) {
        List<PageTable> tables = new ArrayList<>(LatticeTableFinder.find(page));
        tables.addAll(StreamTableFinder.find(page, PageAssembler.outsideTables(page.glyphs(), tables)));
        tables.sort((a, b) -> Double.compare(a.box().y0(), b.box().y0()));
        return tables;
    }
}
