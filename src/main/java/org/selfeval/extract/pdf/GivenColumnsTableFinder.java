package org.selfeval.extract.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.selfeval.model.Table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A table read with column boundaries given by the caller, as tabula does with {@code -c x1,x2,…}
 * plus ruling lines: the columns are the given x's, the rows lie between the horizontal rulings
 * that cross them, and text above the first or below the last ruling is not part of the table.
 * For evaluation against oracles made with explicit columns; normal extraction never uses it.
 */
public final class GivenColumnsTableFinder {

    private GivenColumnsTableFinder() {
    }

    /**
     * @param columnXs column boundaries in PDF points from the left edge, ascending, at least two
     * @return the table on the page (one at most), empty without two horizontal rulings
     */
    public static List<Table> read(Path pdf, int page, double[] columnXs) throws IOException {
        if (columnXs.length < 2) {
            throw new IllegalArgumentException("need at least two column boundaries");
        }
        double[] xs = columnXs.clone();
        Arrays.sort(xs);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                return List.of();
            }
            PDPage p = doc.getPage(page - 1);
            RulingCollector rc = new RulingCollector(p);
            rc.run();
            PDRectangle crop = p.getCropBox();
            boolean turned = p.getRotation() % 180 != 0;
            PageLayout layout = new PageLayout(page, turned ? crop.getHeight() : crop.getWidth(),
                    turned ? crop.getWidth() : crop.getHeight(),
                    new GlyphCollector().collect(doc).getOrDefault(page, List.of()), rc.rulings(),
                    rc.hasImages(), rc.imagePpi());
            PageTable t = find(layout, xs);
            return t == null ? List.of()
                    : List.of(new Table(List.of(page), t.rowCount(), t.colCount(), t.cells(), t.method(), t.box()));
        }
    }

    /** The grid of the given columns × the horizontal rulings crossing them, or null. */
    static PageTable find(PageLayout page, double[] xs) {
        double left = xs[0], right = xs[xs.length - 1];
        List<Ruling> crossing = RulingMerger.merge(page.rulings(), true, 1.0).stream()
                .filter(r -> Math.min(r.end(), right) - Math.max(r.start(), left) > 0.5 * (right - left))
                .toList();
        double[] ys = RulingMerger.positions(crossing, LatticeTableFinder.TOL).stream()
                .mapToDouble(Double::doubleValue).toArray();
        if (ys.length < 2) {
            return null;
        }
        int rows = ys.length - 1, cols = xs.length - 1;
        boolean[][] vEdge = new boolean[rows][cols + 1];
        boolean[][] hEdge = new boolean[rows + 1][cols];
        Arrays.stream(vEdge).forEach(r -> Arrays.fill(r, true));
        Arrays.stream(hEdge).forEach(r -> Arrays.fill(r, true));
        return CellGrid.build(page, xs, ys, vEdge, hEdge);
    }
}
