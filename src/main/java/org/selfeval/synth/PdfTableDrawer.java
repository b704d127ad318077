package org.selfeval.synth;

import org.selfeval.synth.TableSpec.CellSpec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Draws a {@link TableSpec} as ruled cells on the flowing canvas. Each cell strokes its own
 * rectangle, so a merged cell has no interior rulings. Rows never split; a table that does not
 * fit continues on the next page, optionally repeating its header rows there.
 */
final class PdfTableDrawer {

    private static final float SIZE = 9f;
    private static final float LINE = SIZE * 1.35f;
    private static final float PAD = 3f;

    private final PdfCanvas canvas;

    PdfTableDrawer(PdfCanvas canvas) {
        this.canvas = canvas;
    }

    /** Draws the table from the current position; returns the pages it was drawn on. */
    List<Integer> draw(TableSpec t, boolean repeatHeader) throws IOException {
        float[] x = columnEdges(t);
        float[] h = rowHeights(t, x);
        TreeSet<Integer> pages = new TreeSet<>();
        List<Integer> segment = new ArrayList<>();
        canvas.ensureRoom(h[0]);
        float top = canvas.y();
        for (int r = 0; r < t.rowCount(); r++) {
            if (canvas.y() + h[r] > PdfCanvas.BOTTOM && hasBodyRow(segment, t, repeatHeader)) {
                drawSegment(t, segment, top, x, h);
                pages.add(canvas.page());
                canvas.newPage();
                segment = new ArrayList<>();
                top = canvas.y();
                if (repeatHeader) {
                    for (int hr = 0; hr < t.headerRows(); hr++) {
                        segment.add(hr);
                        canvas.moveDown(h[hr]);
                    }
                }
            }
            segment.add(r);
            canvas.moveDown(h[r]);
        }
        drawSegment(t, segment, top, x, h);
        pages.add(canvas.page());
        return List.copyOf(pages);
    }

    private static boolean hasBodyRow(List<Integer> segment, TableSpec t, boolean repeatHeader) {
        return segment.stream().anyMatch(r -> r >= (repeatHeader ? t.headerRows() : 0));
    }

    private void drawSegment(TableSpec t, List<Integer> rows, float top, float[] x, float[] h) throws IOException {
        float[] rowTop = new float[rows.size()];
        float cursor = top;
        for (int i = 0; i < rows.size(); i++) {
            rowTop[i] = cursor;
            cursor += h[rows.get(i)];
        }
        for (CellSpec cell : t.cells()) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < rows.size(); i++) {
                int r = rows.get(i);
                if (r >= cell.row() && r < cell.row() + cell.rowSpan()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            float x0 = x[cell.col()];
            float x1 = x[cell.col() + cell.colSpan()];
            float y0 = rowTop[first];
            float y1 = rowTop[last] + h[rows.get(last)];
            canvas.rect(x0, y0, x1, y1);
            if (rows.get(first) == cell.row() && !cell.text().isEmpty()) {
                List<String> lines = canvas.wrap(cell.text(), SIZE, x1 - x0 - 2 * PAD, 0);
                float textTop = y0 + Math.max(PAD, ((y1 - y0) - lines.size() * LINE) / 2);
                for (String line : lines) {
                    canvas.text(line, x0 + PAD, textTop + SIZE, SIZE, false);
                    textTop += LINE;
                }
            }
        }
    }

    private static float[] columnEdges(TableSpec t) {
        double total = t.columnWidths().stream().mapToDouble(Double::doubleValue).sum();
        float[] x = new float[t.colCount() + 1];
        x[0] = PdfCanvas.LEFT;
        for (int c = 0; c < t.colCount(); c++) {
            x[c + 1] = x[c] + (float) ((PdfCanvas.RIGHT - PdfCanvas.LEFT) * t.columnWidths().get(c) / total);
        }
        return x;
    }

    /** Single-row cells set row heights; a merged cell that needs more grows its last row. */
    private float[] rowHeights(TableSpec t, float[] x) throws IOException {
        float[] h = new float[t.rowCount()];
        java.util.Arrays.fill(h, LINE + 2 * PAD);
        for (CellSpec cell : t.cells()) {
            if (cell.rowSpan() == 1) {
                h[cell.row()] = Math.max(h[cell.row()], needed(cell, x));
            }
        }
        for (CellSpec cell : t.cells()) {
            if (cell.rowSpan() > 1) {
                float have = 0;
                for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                    have += h[r];
                }
                float need = needed(cell, x);
                if (need > have) {
                    h[cell.row() + cell.rowSpan() - 1] += need - have;
                }
            }
        }
        return h;
    }

    private float needed(CellSpec cell, float[] x) throws IOException {
        float width = x[cell.col() + cell.colSpan()] - x[cell.col()] - 2 * PAD;
        return canvas.wrap(cell.text(), SIZE, width, 0).size() * LINE + 2 * PAD;
    }
}
